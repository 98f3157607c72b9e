# corun-args: --virtual-time
# A long sleep is cut short by cancel().
import asyncio
import time


async def main():
    t0 = time.monotonic()
    t = asyncio.create_task(asyncio.sleep(3600))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled quickly:", time.monotonic() - t0 < 1)


asyncio.run(main())
