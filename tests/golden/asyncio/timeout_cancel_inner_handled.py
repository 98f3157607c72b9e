# corun-args: --virtual-time
# A timeout whose inner code swallows the cancellation does not raise TimeoutError.
import asyncio


async def main():
    async with asyncio.timeout(0.005) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed")
    print("after block, expired:", cm.expired())


asyncio.run(main())
