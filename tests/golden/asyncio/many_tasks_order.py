# A thousand tasks run in creation order at each step.
import asyncio

log = []


async def worker(n):
    log.append(n)
    await asyncio.sleep(0)
    log.append(-n)


async def main():
    await asyncio.gather(*(worker(n) for n in range(1, 1001)))
    print(log[:3], log[998:1003], log[-3:], len(log))


asyncio.run(main())
