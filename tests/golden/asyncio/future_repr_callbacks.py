# A pending future's repr lists its callbacks.
import asyncio


def one(f):
    pass


def two(f):
    pass


def three(f):
    pass


async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(one)
    print(repr(f))
    f.add_done_callback(two)
    print(repr(f))
    f.add_done_callback(three)
    print(repr(f))
    f.cancel()


asyncio.run(main())
