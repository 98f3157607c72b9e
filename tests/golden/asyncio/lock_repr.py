# A Lock's repr shows its state and its waiters.
import asyncio


async def main():
    lock = asyncio.Lock()
    print(repr(lock).split(" ", 1)[0], "[unlocked]" in repr(lock))
    await lock.acquire()
    print("[locked]" in repr(lock))
    lock.release()


asyncio.run(main())
