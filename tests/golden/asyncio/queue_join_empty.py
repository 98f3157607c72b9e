# join() on a queue with nothing unfinished returns at once.
import asyncio


async def main():
    q = asyncio.Queue()
    await q.join()
    print("joined at once")
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    await q.join()
    print("joined again")


asyncio.run(main())
