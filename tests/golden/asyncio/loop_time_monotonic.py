# corun-args: --virtual-time
# loop.time() grows across a sleep.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.02)
    print(loop.time() - t0 >= 0.015)


asyncio.run(main())
