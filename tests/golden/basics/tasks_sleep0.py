# sleep(0) yields to the other ready tasks: the order is fully determined by the ready queue.
import asyncio


async def step(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    t1 = asyncio.create_task(step("one", 3))
    t2 = asyncio.create_task(step("two", 2))
    t3 = asyncio.create_task(step("three", 3))
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    await t1
    await t2
    await t3
    print("all done")


asyncio.run(main())
