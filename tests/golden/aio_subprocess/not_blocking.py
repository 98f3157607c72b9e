# While a child works, the other tasks run: a ticker keeps ticking.
import asyncio


async def ticker(stop):
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.1)
        ticks += 1
    return ticks


async def main():
    stop = asyncio.Event()
    tick_task = asyncio.create_task(ticker(stop))
    proc = await asyncio.create_subprocess_exec("sleep", "0.55")
    code = await proc.wait()
    stop.set()
    ticks = await tick_task
    print("child exit:", code)
    # About 5; a loop that blocked in wait() would tick once, after the child ended.
    print("ticked while waiting:", ticks >= 3)

    # Several slow children at once take as long as the slowest one.
    loop = asyncio.get_running_loop()
    start = loop.time()
    procs = [await asyncio.create_subprocess_exec("sleep", "1") for _ in range(4)]
    codes = await asyncio.gather(*(p.wait() for p in procs))
    print(codes, "concurrently:", loop.time() - start < 3)


asyncio.run(main())
