# corun-args: --virtual-time
# wait_for, ensure_future and shield wrap coroutines in tasks with copied contexts.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default=0)


async def bump():
    v.set(v.get() + 1)
    await asyncio.sleep(0)
    return v.get()


async def main():
    v.set(10)
    print(await asyncio.wait_for(bump(), 1))
    print(await asyncio.ensure_future(bump()))
    print(await asyncio.shield(bump()))
    print(await bump())
    print(v.get())


asyncio.run(main())
