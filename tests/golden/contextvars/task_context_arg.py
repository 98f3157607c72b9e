# create_task(..., context=ctx) runs the task in that very context.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="default")


async def job(name):
    print(name, "starts with", v.get())
    v.set(name)
    await asyncio.sleep(0)
    print(name, "ends with", v.get())


async def main():
    ctx = contextvars.copy_context()
    ctx.run(v.set, "prepared")
    await asyncio.create_task(job("a"), context=ctx)
    print("ctx now holds", ctx[v])
    loop = asyncio.get_running_loop()
    await loop.create_task(job("b"), context=ctx)
    print("ctx now holds", ctx[v])
    await asyncio.create_task(job("c"))
    print("main", v.get())


asyncio.run(main())
