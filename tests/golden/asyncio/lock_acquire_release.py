# Lock.acquire returns True; locked() tells the state; release wakes a waiter.
import asyncio


async def main():
    lock = asyncio.Lock()
    print(await lock.acquire(), lock.locked())

    async def other():
        await lock.acquire()
        print("other acquired")
        lock.release()

    t = asyncio.create_task(other())
    await asyncio.sleep(0)
    print("releasing")
    lock.release()
    await t
    print(lock.locked())


asyncio.run(main())
