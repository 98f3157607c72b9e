# task_done() more often than items were got is a ValueError.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    await q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
