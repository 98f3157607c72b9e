import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    print(sem.locked())
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print(e)
    s = asyncio.Semaphore(0)
    s.release()
    s.release()
    print(s)


asyncio.run(main())
