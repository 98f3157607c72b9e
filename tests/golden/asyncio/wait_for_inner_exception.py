# corun-args: --virtual-time
# An exception inside wait_for's awaitable propagates unchanged.
import asyncio


async def bad():
    await asyncio.sleep(0)
    raise ValueError("inner")


async def main():
    try:
        await asyncio.wait_for(bad(), timeout=1)
    except ValueError as e:
        print("got", e)


asyncio.run(main())
