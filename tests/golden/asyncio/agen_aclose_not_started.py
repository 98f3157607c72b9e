# aclose() on an async generator that never started does not run its body.
import asyncio


async def gen():
    print("body ran")
    yield 1


async def main():
    g = gen()
    await g.aclose()
    print("closed without running")


asyncio.run(main())
