# A TimerHandle knows when it is due; cancelling it twice is harmless.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    h = loop.call_at(now + 10, print, "never")
    print(h.when() == now + 10, h.cancelled())
    h.cancel()
    h.cancel()
    print(h.cancelled())


asyncio.run(main())
