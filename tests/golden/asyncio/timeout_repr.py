# corun-args: --virtual-time
# The repr of a Timeout tells its state.
import asyncio


async def main():
    cm = asyncio.timeout(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))


asyncio.run(main())
