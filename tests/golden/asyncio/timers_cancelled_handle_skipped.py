# corun-args: --virtual-time
# A cancelled timer never runs, even when its time comes.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_later(0.001 * i, print, "timer", i) for i in range(4)]
    handles[1].cancel()
    handles[3].cancel()
    await asyncio.sleep(0.01)


asyncio.run(main())
