# Async generator expressions: with async for, or awaiting, inside a coroutine.
import asyncio

async def count(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    g = (x * 2 async for x in count(4))
    print(type(g).__name__, g.__name__)
    print([v async for v in g])
    h = (await square(x) for x in range(4) if x)
    print(type(h).__name__)
    async for v in h:
        print("square", v)
    nested = (y async for x in count(3) for y in range(x))
    print([v async for v in nested])
    try:
        (x async for x in 5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
