# A task named by asyncio.create_task(name=...) still takes a number from the task counter
# (CPython makes it unnamed, then names it); loop.create_task(name=...) and Task(name=...)
# take none. So the default names of the tasks made after it depend on which was used.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    loop = asyncio.get_running_loop()
    named = asyncio.create_task(work(1), name="fetcher")
    plain = asyncio.create_task(work(2))
    by_loop = loop.create_task(work(3), name="by-loop")
    after_loop = asyncio.create_task(work(4))
    direct = asyncio.Task(work(5), name="direct")
    after_direct = asyncio.ensure_future(work(6))
    for t in (named, plain, by_loop, after_loop, direct, after_direct):
        print(t.get_name(), await t)
    async with asyncio.TaskGroup() as tg:
        grouped = tg.create_task(work(7), name="grouped")
        after_group = tg.create_task(work(8))
    print(grouped.get_name(), after_group.get_name())
    print(asyncio.current_task().get_name())


asyncio.run(main())
