# gathers nest: the inner gather is one awaitable of the outer.
import asyncio


async def v(x):
    await asyncio.sleep(0)
    return x


async def main():
    r = await asyncio.gather(asyncio.gather(v(1), v(2)), v(3), asyncio.gather())
    print(r)


asyncio.run(main())
