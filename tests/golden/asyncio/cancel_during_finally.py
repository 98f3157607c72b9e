# corun-args: --virtual-time
# Awaiting in a finally block after cancellation still works.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup start")
        await asyncio.sleep(0.01)
        print("cleanup end")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled")


asyncio.run(main())
