# Exceptions collected by gather(return_exceptions=True) are not reported as lost.
import asyncio


async def boom(n):
    raise ValueError(n)


async def main():
    r = await asyncio.gather(boom(1), boom(2), return_exceptions=True)
    print(r)


asyncio.run(main())
