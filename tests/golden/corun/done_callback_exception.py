# An exception in a future's done callback is reported by the default exception handler (with
# its handle) and the loop goes on; CPython's traceback also has a frame of asyncio's events.py.
import asyncio


def bad(fut):
    print("bad callback sees", fut.result())
    raise ValueError("in done callback")


def good(fut):
    print("good callback sees", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.add_done_callback(good)
    fut.set_result(7)
    await asyncio.sleep(0.01)
    print("main continues")


asyncio.run(main())
