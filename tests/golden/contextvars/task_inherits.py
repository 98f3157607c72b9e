# A task starts with a copy of the context current when it was created.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")


async def show(tag):
    print(tag, user.get())
    user.set("changed-by-" + tag)


async def main():
    user.set("alice")
    t1 = asyncio.create_task(show("t1"))
    user.set("bob")
    t2 = asyncio.create_task(show("t2"))
    await asyncio.gather(t1, t2)
    print("main", user.get())


user.set("top")
asyncio.run(main())
print("after run", user.get())
