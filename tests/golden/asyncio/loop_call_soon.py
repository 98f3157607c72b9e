# corun-args: --virtual-time
import asyncio


def say(*args):
    print("say", *args)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(say, 1)
    h = loop.call_soon(say, 2)
    loop.call_soon(say, 3, "x")
    h.cancel()
    print("scheduled", h.cancelled())
    await asyncio.sleep(0)
    print("after one iteration")
    loop.call_later(0.02, say, "later")
    loop.call_later(0.01, say, "sooner")
    t = loop.call_at(loop.time() + 0.015, say, "at")
    print(type(t).__name__)
    c = loop.call_later(0.005, say, "never")
    c.cancel()
    await asyncio.sleep(0.03)
    print("done", loop.is_running())


asyncio.run(main())
