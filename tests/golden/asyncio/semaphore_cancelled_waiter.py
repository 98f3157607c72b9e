# A cancelled waiter does not take the semaphore's slot.
import asyncio


async def main():
    sem = asyncio.Semaphore(0)
    a = asyncio.create_task(sem.acquire())
    b = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    a.cancel()
    sem.release()
    await asyncio.sleep(0)
    print(a.cancelled(), b.done())
    await b
    print(sem.locked())


asyncio.run(main())
