# Async comprehensions: async for and await inside list, set and dict comprehensions.
import asyncio

async def count(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print([x async for x in count(5)])
    print([x async for x in count(6) if x % 2])
    print({x % 3 async for x in count(7)})
    print({x: await double(x) async for x in count(3)})
    print([await double(x) for x in range(4)])
    print({await double(x) for x in [1, 1, 2]})
    print({k: await double(k) for k in "ab"})
    print([(x, y) async for x in count(3) for y in range(x)])
    print([y async for x in count(3) async for y in count(x)])

asyncio.run(main())
