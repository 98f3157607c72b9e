# A Semaphore(2) lets two tasks in at a time.
import asyncio

active = 0


async def job(sem, n):
    global active
    async with sem:
        active += 1
        print("job", n, "in, active", active)
        await asyncio.sleep(0.001)
        active -= 1


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, n) for n in range(5)))
    print(sem.locked(), active)


asyncio.run(main())
