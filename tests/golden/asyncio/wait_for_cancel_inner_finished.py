# corun-args: --virtual-time
# wait_for returns the result when the inner finishes just as the timeout expires.
import asyncio


async def quick():
    return "quick"


async def main():
    print(await asyncio.wait_for(quick(), 0.001))
    print(await asyncio.wait_for(asyncio.sleep(0, "slept"), 0.001))


asyncio.run(main())
