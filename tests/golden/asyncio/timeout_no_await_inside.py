# corun-args: --virtual-time
# A timeout whose block finishes before the deadline does not raise.
import asyncio


async def main():
    async with asyncio.timeout(0.05) as cm:
        x = sum(range(10))
    print(x, cm.expired())


asyncio.run(main())
