# The same awaitable given twice to gather is run once; its result appears twice.
import asyncio


async def once():
    print("running once")
    return 7


async def main():
    c = once()
    print(await asyncio.gather(c, c))
    t = asyncio.ensure_future(once())
    print(await asyncio.gather(t, t, t))


asyncio.run(main())
