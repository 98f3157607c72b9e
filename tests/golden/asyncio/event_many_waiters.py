# set() wakes every waiter, in the order they started waiting.
import asyncio


async def waiter(ev, n):
    await ev.wait()
    print("waiter", n, "woke")


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in range(3)]
    await asyncio.sleep(0)
    print("set")
    ev.set()
    await asyncio.gather(*ts)


asyncio.run(main())
