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
    print("ticked while waiting:", 4 <= ticks <= 6)

    # Several slow children at once take as long as the slowest one.
    loop = asyncio.get_running_loop()
    start = loop.time()
    procs = [await asyncio.create_subprocess_exec("sleep", "0.4") for _ in range(4)]
    codes = await asyncio.gather(*(p.wait() for p in procs))
    print(codes, "concurrently:", loop.time() - start < 1.2)


asyncio.run(main())
