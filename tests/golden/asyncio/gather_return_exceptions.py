# corun-args: --virtual-time
# gather(return_exceptions=True) puts exceptions in the result list, in argument order.
import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def bad(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(n)


async def main():
    r = await asyncio.gather(ok(2), bad(1), ok(0), return_exceptions=True)
    print([repr(x) for x in r])


asyncio.run(main())
