# corun-args: --virtual-time
# Loop callbacks run in a copy of the context current when they were scheduled.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="unset")


def cb(tag):
    print(tag, v.get())
    v.set("set-by-" + tag)


async def main():
    loop = asyncio.get_running_loop()
    v.set("one")
    loop.call_soon(cb, "soon")
    v.set("two")
    loop.call_later(0.001, cb, "later")
    v.set("three")
    loop.call_at(loop.time() + 0.002, cb, "at")
    await asyncio.sleep(0.01)
    print("main", v.get())
    ctx = contextvars.copy_context()
    loop.call_soon(cb, "explicit", context=ctx)
    await asyncio.sleep(0)
    print("ctx", ctx[v], "main", v.get())


asyncio.run(main())
