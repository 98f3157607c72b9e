# An exception in a call_soon callback is reported (with its handle) and the loop goes on.
import asyncio


def bad():
    raise ValueError("in callback")


def good():
    print("good callback ran")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    loop.call_soon(good)
    await asyncio.sleep(0.01)
    print("main continues")


asyncio.run(main())
