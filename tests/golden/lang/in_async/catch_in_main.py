# A coroutine's uncaught error is caught in main and printed.
import asyncio


async def compute(d):
    await asyncio.sleep(0)
    return d["missing"] + 1


async def main():
    try:
        await compute({})
    except KeyError as e:
        print("main caught", type(e).__name__, e)
    try:
        await compute({"missing": "x"})
    except TypeError as e:
        print("main caught", type(e).__name__, e)


asyncio.run(main())
