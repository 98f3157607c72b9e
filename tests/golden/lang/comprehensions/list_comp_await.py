# await inside a list comprehension, in a coroutine.
import asyncio


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([await double(i) for i in range(4)])
    tasks = [asyncio.create_task(double(i)) for i in range(3)]
    print([await t for t in tasks])
    print(await asyncio.gather(*[double(i) for i in range(5)]))


asyncio.run(main())
