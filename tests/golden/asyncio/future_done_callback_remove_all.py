# remove_done_callback removes every registration of the callback and counts them.
import asyncio


def cb(f):
    print("cb ran")


async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    print(f.remove_done_callback(cb), f.remove_done_callback(cb))
    f.set_result(1)
    await asyncio.sleep(0)
    print("no callback ran")


asyncio.run(main())
