import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    print(repr(q).split(" at ")[0], repr(q).split(" ", 3)[-1])
    q.put_nowait("a")
    q.put_nowait([1, 2])
    print(repr(q).split(" ", 3)[-1])
    await q.get()
    q.task_done()
    print(repr(q).split(" ", 3)[-1])


asyncio.run(main())
