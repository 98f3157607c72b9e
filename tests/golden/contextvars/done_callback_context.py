# corun-args: --virtual-time
# Done-callbacks run in the context current when they were added.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="unset")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    v.set("when-added")
    fut.add_done_callback(lambda f: print("callback sees", v.get(), f.result()))
    ctx = contextvars.Context()
    fut.add_done_callback(lambda f: print("explicit sees", v.get()), context=ctx)
    v.set("later")
    fut.set_result(42)
    await asyncio.sleep(0)
    task = asyncio.create_task(asyncio.sleep(0, "done"))
    v.set("task-cb")
    task.add_done_callback(lambda t: print("task callback sees", v.get(), t.result()))
    await task
    await asyncio.sleep(0)


asyncio.run(main())
