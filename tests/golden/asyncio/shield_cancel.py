# corun-args: --virtual-time
import asyncio


async def work():
    await asyncio.sleep(0.02)
    return "work done"


async def waiter(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    t = asyncio.create_task(work())
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0.005)
    w.cancel()
    await asyncio.sleep(0)
    print(w.cancelled(), t.done())
    print(await t)


asyncio.run(main())
