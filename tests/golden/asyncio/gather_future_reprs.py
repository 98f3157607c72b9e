# What a gather's future looks like while it runs, once it is done and once it failed:
# CPython names it _GatheringFuture in each.
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 3:
        raise ValueError("job 3 failed")
    return n


async def main():
    g = asyncio.gather(job(1), job(2))
    print(repr(g).split(" cb=")[0])
    print(await g)
    print(repr(g))
    bad = asyncio.gather(job(3))
    await asyncio.sleep(0.1)
    print(repr(bad))
    print(type(bad.exception()).__name__)


asyncio.run(main())
print("done")
