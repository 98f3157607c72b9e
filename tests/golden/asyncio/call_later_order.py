# corun-args: --virtual-time
# call_later callbacks run by deadline, not by the order they were scheduled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for d in (0.03, 0.01, 0.02, 0.0):
        loop.call_later(d, print, "delay", d)
    await asyncio.sleep(0.04)


asyncio.run(main())
