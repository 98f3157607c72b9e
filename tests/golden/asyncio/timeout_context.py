# corun-args: --virtual-time
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print(type(cm).__name__, cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.timeout(0.5) as cm2:
        await asyncio.sleep(0.005)
    print("in time", cm2.expired(), repr(cm2))
    async with asyncio.timeout(None) as cm3:
        print(cm3.when())
        await asyncio.sleep(0)
    print(repr(cm3))


asyncio.run(main())
