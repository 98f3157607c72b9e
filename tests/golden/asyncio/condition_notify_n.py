# notify(n) wakes n waiters.
import asyncio


async def waiter(cond, n):
    async with cond:
        await cond.wait()
        print("waiter", n, "woke")


async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(cond, n)) for n in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2)")
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)


asyncio.run(main())
