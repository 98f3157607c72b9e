# corun-args: --virtual-time
# A task that turns its cancellation into another exception fails with that exception.
import asyncio


async def job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("converted")


async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e, "cancelled:", t.cancelled())


asyncio.run(main())
