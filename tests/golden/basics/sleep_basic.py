# corun-args: --virtual-time
# await asyncio.sleep(seconds) pauses and returns None.
import asyncio


async def main():
    print("before")
    r = await asyncio.sleep(0.01)
    print("after", r)
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())
