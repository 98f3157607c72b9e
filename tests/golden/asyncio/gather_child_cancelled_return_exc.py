# corun-args: --virtual-time
# With return_exceptions=True a cancelled child shows up as a CancelledError in the list.
import asyncio


async def child(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    a = asyncio.create_task(child(1))
    b = asyncio.create_task(child(2))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0)
    b.cancel()
    r = await g
    print([type(x).__name__ for x in r], r[0])


asyncio.run(main())
