# corun-args: --virtual-time
# CancelledError is a BaseException: "except Exception" does not catch it.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("wrongly caught")


async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__)


asyncio.run(main())
