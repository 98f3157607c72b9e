# Async comprehensions with conditions and awaits in them.
import asyncio


async def gen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    return 2 * x


async def main():
    print([x async for x in gen(6) if x % 2])
    print([await double(x) for x in range(3)])
    print({x: await double(x) async for x in gen(3)})


asyncio.run(main())
