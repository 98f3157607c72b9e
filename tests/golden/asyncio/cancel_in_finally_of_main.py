# corun-args: --virtual-time
# Tasks still pending when main returns are cancelled by asyncio.run, in creation order.
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker", n, "cancelled at shutdown")
        raise


async def main():
    for n in range(3):
        asyncio.create_task(worker(n))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
