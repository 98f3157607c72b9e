# corun-args: --virtual-time
# After the TaskGroup exits, every task is done and has its result.
import asyncio


async def square(n):
    await asyncio.sleep(0.001 * n)
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(square(n)) for n in range(5)]
    print([t.result() for t in ts])


asyncio.run(main())
