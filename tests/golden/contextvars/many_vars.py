# Several variables, some set in nested tasks.
import asyncio
import contextvars

depth = contextvars.ContextVar("depth", default=0)
path = contextvars.ContextVar("path", default=())


async def walk(name, n):
    depth.set(depth.get() + 1)
    path.set(path.get() + (name,))
    if n:
        children = [asyncio.create_task(walk(f"{name}.{i}", n - 1)) for i in range(2)]
        await asyncio.gather(*children)
    print(depth.get(), "/".join(path.get()))


asyncio.run(walk("root", 2))
print(depth.get(), path.get())
