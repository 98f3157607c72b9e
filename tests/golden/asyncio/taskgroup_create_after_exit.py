# A TaskGroup that has finished refuses new tasks.
import asyncio


async def job():
    return 1


async def main():
    async with asyncio.TaskGroup() as tg:
        pass
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


asyncio.run(main())
