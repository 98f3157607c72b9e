# Debug mode: an exception in a callback and a task exception never retrieved.
import asyncio


def bad():
    raise ValueError("x")


async def boom():
    raise KeyError("k")


async def main():
    asyncio.get_running_loop().call_soon(bad)
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("debug:", asyncio.get_running_loop().get_debug())


asyncio.run(main(), debug=True)
