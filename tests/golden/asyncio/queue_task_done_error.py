import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    await q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    await q.join()
    print("join returns at once")


asyncio.run(main())
