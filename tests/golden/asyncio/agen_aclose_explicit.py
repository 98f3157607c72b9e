# aclose() runs the generator's finally at once.
import asyncio


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


async def main():
    g = gen()
    print(await g.__anext__())
    await g.aclose()
    print("closed")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
