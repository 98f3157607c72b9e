# A handle's repr shortens long arguments.
import asyncio


def cb(*args):
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, "a" * 40, list(range(10)), 10 ** 45)
    print(repr(h))
    h.cancel()


asyncio.run(main())
