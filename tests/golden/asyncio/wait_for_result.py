# corun-args: --virtual-time
import asyncio


async def quick(x):
    await asyncio.sleep(0.01)
    return x * 2


async def main():
    print(await asyncio.wait_for(quick(2), timeout=0.5))
    print(await asyncio.wait_for(quick(3), None))
    t = asyncio.create_task(quick(4))
    print(await asyncio.wait_for(t, 1))


asyncio.run(main())
