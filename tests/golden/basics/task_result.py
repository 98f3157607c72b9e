# Awaiting a task gives its coroutine's return value; a finished task can be awaited again.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    task = asyncio.create_task(compute(7))
    print("created")
    result = await task
    print("result", result)
    print("again", await task)
    quick = asyncio.create_task(compute(3))
    other = asyncio.create_task(compute(4))
    print(await other + await quick)


asyncio.run(main())
