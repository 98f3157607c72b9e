# corun-args: --virtual-time
# A task cancelled from outside inside a timeout block gets CancelledError, not TimeoutError.
import asyncio


async def worker():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout")
    except asyncio.CancelledError:
        print("cancelled from outside")
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)


asyncio.run(main())
