# An exception in an async generator comes out of async for.
import asyncio


async def gen():
    yield 1
    raise ValueError("gen failed")


async def main():
    try:
        async for v in gen():
            print(v)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
