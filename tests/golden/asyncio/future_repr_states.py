# The repr of a future in each state.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.cancel()
    print(repr(g))
    h = loop.create_future()
    h.set_exception(ValueError("bad"))
    print(repr(h))
    h.exception()


asyncio.run(main())
