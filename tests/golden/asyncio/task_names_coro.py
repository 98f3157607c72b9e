import asyncio


async def job(n):
    return n * 2


async def main():
    t = asyncio.create_task(job(3), name="first")
    print(t.get_name())
    t.set_name("renamed")
    print(t.get_name())
    c = t.get_coro()
    print(asyncio.iscoroutine(c), c.__qualname__ if hasattr(c, "__qualname__") else "")
    print(await t)
    u = asyncio.Task(job(5))
    print(u.get_name().startswith("Task-"))
    print(await u)
    print(t.get_loop() is asyncio.get_running_loop())


asyncio.run(main())
