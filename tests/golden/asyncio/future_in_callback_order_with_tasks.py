# A future's callbacks and the tasks woken by it run in the order they were registered.
import asyncio


async def waiter(f, n):
    await f
    print("task", n, "woke")


async def main():
    f = asyncio.get_running_loop().create_future()
    t1 = asyncio.create_task(waiter(f, 1))
    await asyncio.sleep(0)
    f.add_done_callback(lambda _: print("callback"))
    t2 = asyncio.create_task(waiter(f, 2))
    await asyncio.sleep(0)
    f.set_result(None)
    await asyncio.gather(t1, t2)


asyncio.run(main())
