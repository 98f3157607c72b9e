# corun-args: --virtual-time
# Another exception inside a timeout block propagates as itself.
import asyncio


async def main():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(0)
            raise RuntimeError("inside")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
