# corun-args: --virtual-time
import asyncio


def bad(fut):
    print("bad callback sees", fut.result())
    raise ValueError("boom")


def good(fut):
    print("good callback sees", fut.result())


def handler(loop, context):
    print("handler:", context["message"])
    print("  exception:", repr(context["exception"]))
    print("  handle:", repr(context["handle"]))
    print("  keys:", sorted(context))


async def work():
    await asyncio.sleep(0.001)
    return "task result"


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.add_done_callback(good)
    fut.set_result(7)
    await asyncio.sleep(0)
    print("loop goes on")
    t = asyncio.create_task(work(), name="worker")
    t.add_done_callback(bad)
    t.add_done_callback(good)
    print("awaited:", await t)
    await asyncio.sleep(0)
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: 1 / 0)
    f2.cancel()
    await asyncio.sleep(0)
    print("still running")
    loop.set_exception_handler(None)


asyncio.run(main())
print("done")
