# corun-args: --virtual-time
# call_at with a time already past runs at the next iteration, in deadline order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_at(now - 1, print, "one second ago")
    loop.call_at(now - 2, print, "two seconds ago")
    loop.call_soon(print, "soon")
    await asyncio.sleep(0.001)


asyncio.run(main())
