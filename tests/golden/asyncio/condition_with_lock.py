# A Condition can share a Lock the program gives it.
import asyncio


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with cond:
        print(lock.locked(), cond.locked())
    print(lock.locked())


asyncio.run(main())
