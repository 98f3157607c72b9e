# corun-args: --virtual-time
# A producer blocks on a full queue until the consumer takes items.
import asyncio


async def producer(q):
    for i in range(4):
        await q.put(i)
        print("put", i, "size", q.qsize())


async def consumer(q):
    for _ in range(4):
        await asyncio.sleep(0.001)
        print("got", await q.get())


async def main():
    q = asyncio.Queue(1)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
