# corun-args: --virtual-time
# Tasks that sleep for minutes on end, 55 minutes of sleeping in all: under virtual time the run
# takes milliseconds and every figure is exact.
import asyncio
import time


async def job(n):
    total = 0
    for minute in range(n):
        await asyncio.sleep(60)
        total += 60
    return n, total


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(job(n) for n in range(1, 11)))
    for n, total in results:
        print(f"job {n:2}: slept {total:4} s")
    print(f"all jobs: {sum(t for _, t in results)} s of sleeping in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    for n in range(1, 6):
        await asyncio.sleep(n * 30)
    print(f"one after another: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
