# corun-args: --virtual-time
# A task cancelled while holding a lock releases it through async with.
import asyncio


async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(1)


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    print("locked:", lock.locked())
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("locked:", lock.locked())


asyncio.run(main())
