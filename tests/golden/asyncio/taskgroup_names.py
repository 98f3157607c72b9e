# TaskGroup.create_task takes a name.
import asyncio


async def job():
    return asyncio.current_task().get_name()


async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job(), name="named-in-group")
    print(t.result())


asyncio.run(main())
