# corun-args: --virtual-time
# Cancelling the awaiter of shield() does not cancel the shielded task.
import asyncio


async def important():
    # Far later than the cancellation, so that a loaded machine keeps the order.
    await asyncio.sleep(0.3)
    print("important finished")
    return 42


async def waiter(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    t = asyncio.create_task(important())
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0.005)
    w.cancel()
    await t
    print(w.cancelled(), t.result())


asyncio.run(main())
