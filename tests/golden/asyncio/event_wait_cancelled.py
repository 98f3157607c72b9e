# A cancelled Event.wait() leaves the other waiters alone.
import asyncio


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(ev.wait())
    b = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    ev.set()
    print(await b, a.cancelled())


asyncio.run(main())
