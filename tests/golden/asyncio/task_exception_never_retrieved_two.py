# Each failed task nobody looked at is reported, in the order they go away.
import asyncio


async def boom(n):
    raise ValueError(n)


async def main():
    asyncio.create_task(boom(1))
    asyncio.create_task(boom(2))
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
