# Semaphore waiters are woken in the order they came.
import asyncio


async def job(sem, n):
    await sem.acquire()
    print("job", n, "acquired")
    await asyncio.sleep(0)
    sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*(job(sem, n) for n in range(4)))


asyncio.run(main())
