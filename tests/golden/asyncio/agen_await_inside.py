# corun-args: --virtual-time
# An async generator may await between yields.
import asyncio


async def countdown(n):
    while n:
        await asyncio.sleep(0.001)
        yield n
        n -= 1


async def main():
    print([x async for x in countdown(3)])


asyncio.run(main())
