# corun-args: --virtual-time
# Waiters get a Lock in the order they asked for it.
import asyncio


async def user(lock, name):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.001)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(user(lock, n) for n in "abcd"))
    print(lock.locked())


asyncio.run(main())
