# A loop run by hand: tasks copy the context current where they are made.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="default")


async def main():
    print("main sees", v.get())
    v.set("main")
    return v.get()


v.set("outer")
loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
print("outer still", v.get())
ctx = contextvars.copy_context()
print(ctx.run(loop.run_until_complete, main()))
loop.close()
print(ctx[v], v.get())
