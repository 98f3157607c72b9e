# An async generator's finally block may await while it is being closed.
import asyncio


async def gen():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
        print("async cleanup done")


async def main():
    g = gen()
    async for v in g:
        print(v)
        break
    await g.aclose()
    print("main end")


asyncio.run(main())
