# corun-args: --virtual-time --timeline
# Two tasks, each sleeps 3 s: together they take 3 s, not 6. Under virtual time the figure
# is exact and the run takes milliseconds; the timeline on stderr shows both waits side by side.
import asyncio
import time


async def worker(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return f"{name} finished"


async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(worker("A", 3), worker("B", 3))
    print(results)
    print(f"finished in {time.perf_counter() - t0:.4f} s")


asyncio.run(main())
