# Tasks awaiting tasks in a chain return their values outward.
import asyncio


async def level(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await asyncio.create_task(level(n - 1))


async def main():
    print(await level(20))


asyncio.run(main())
