# corun-args: --virtual-time
import asyncio


async def worker(lock, name):
    async with lock:
        print(name, "acquired", lock.locked())
        await asyncio.sleep(0.01)
        print(name, "releasing")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(worker(lock, f"w{i}") for i in range(3)))
    print(lock.locked())
    print(await lock.acquire())
    lock.release()


asyncio.run(main())
