# Workers take turns through a Semaphore(2); sleep(0) keeps the order independent of timing.
import asyncio


async def worker(sem, i):
    async with sem:
        print("start", i, sem.locked())
        await asyncio.sleep(0)
        print("end", i)


async def main():
    sem = asyncio.Semaphore(2)
    print(sem)
    await asyncio.gather(*(worker(sem, i) for i in range(5)))
    print(sem)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)


asyncio.run(main())
