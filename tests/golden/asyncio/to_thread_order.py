# to_thread's result arrives through the loop; other tasks run meanwhile.
import asyncio


def compute():
    return 21 * 2


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    print("result", await asyncio.to_thread(compute))
    await t


asyncio.run(main())
