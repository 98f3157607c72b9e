# corun-args: --virtual-time
# async for over an async generator that awaits between items, interleaved with a task.
import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i * 10

async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async for v in ticker(4, 0):
        print("tick", v)
    else:
        print("loop else")
    await t
    total = 0
    async for v in ticker(3, 0.001):
        total += v
    print("total", total)

asyncio.run(main())
