# corun-args: --virtual-time
# Cancelling a gather(return_exceptions=True) still raises CancelledError to its awaiter.
import asyncio


async def child():
    await asyncio.sleep(1)


async def main():
    g = asyncio.gather(child(), child(), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("CancelledError")


asyncio.run(main())
