# raise ... from inside a coroutine; the chain survives the await.
import asyncio


async def fetch(k):
    await asyncio.sleep(0)
    return {"a": 1}[k]


async def get(k):
    try:
        return await fetch(k)
    except KeyError as e:
        raise LookupError(f"no such key {k}") from e


async def main():
    print(await get("a"))
    try:
        await get("z")
    except LookupError as e:
        print(repr(e), repr(e.__cause__))


asyncio.run(main())
