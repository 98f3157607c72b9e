import asyncio


async def putter(q):
    for i in range(4):
        print("putting", i)
        await q.put(i)
        print("put", i)


async def main():
    q = asyncio.Queue(maxsize=1)
    t = asyncio.create_task(putter(q))
    for _ in range(4):
        await asyncio.sleep(0)
        print("get", q.get_nowait(), repr(q)[:6])
    await t


asyncio.run(main())
