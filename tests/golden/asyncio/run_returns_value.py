# asyncio.run returns the coroutine's value, and can be called again.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * 10


print(asyncio.run(compute(1)))
print(asyncio.run(compute(2)))
