# corun-args: --virtual-time
# sleep(delay, result) returns result.
import asyncio


async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.001, result=[1]))
    print(await asyncio.sleep(-1))


asyncio.run(main())
