# The repr of a Handle names its callback and where it is defined.
import asyncio


def cb(a, b):
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, "two")
    print(repr(h))
    h.cancel()
    print(repr(h))
    h2 = loop.call_soon(print)
    print(repr(h2))


asyncio.run(main())
