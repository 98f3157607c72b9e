import asyncio


async def main():
    q = asyncio.Queue()
    c = q.get()
    print(type(c).__name__)
    q.put_nowait("made before, awaited after")
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)
    lock = asyncio.Lock()
    a = lock.acquire()
    print(await a, lock.locked())
    lock.release()


asyncio.run(main())
