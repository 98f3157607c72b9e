import asyncio
import itertools


async def worker(name, jobs):
    for job in jobs:
        print(name, "does", job)
        await asyncio.sleep(0)


async def main():
    jobs = list(itertools.product("ab", range(2)))
    half = len(jobs) // 2
    await asyncio.gather(worker("w1", jobs[:half]), worker("w2", itertools.islice(jobs, half, None)))
    ids = itertools.count(1)
    print([next(ids) for _ in range(3)], ids)


asyncio.run(main())
