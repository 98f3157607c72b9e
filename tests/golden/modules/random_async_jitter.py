# corun-args: --virtual-time
import asyncio
import random


async def job(i):
    delay = random.uniform(0, 0.05)
    await asyncio.sleep(delay)
    return i, round(delay, 4)


async def main():
    random.seed(1)
    results = await asyncio.gather(*(job(i) for i in range(5)))
    print(results)


asyncio.run(main())
