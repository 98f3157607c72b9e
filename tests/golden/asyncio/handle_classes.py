# corun-args: --virtual-time
# call_soon and call_later return asyncio.Handle and asyncio.TimerHandle objects.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "soon")
    t = loop.call_later(1, print, "never")
    print(isinstance(h, asyncio.Handle), isinstance(t, asyncio.TimerHandle))
    print(type(h).__name__, type(t).__name__)
    t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
