# An async function awaiting itself recursively.
import asyncio


async def depth_sum(n: int) -> int:
    if n == 0:
        return 0
    return n + await depth_sum(n - 1)


async def main():
    print(await depth_sum(10))
    print(await depth_sum(200))


asyncio.run(main())
