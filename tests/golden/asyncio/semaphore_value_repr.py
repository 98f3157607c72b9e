# A Semaphore's repr shows its value.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    print(repr(sem).split("[")[1])
    await sem.acquire()
    print(repr(sem).split("[")[1])
    await sem.acquire()
    print(repr(sem).split("[")[1])
    sem.release()
    sem.release()


asyncio.run(main())
