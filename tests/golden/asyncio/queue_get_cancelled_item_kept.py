# A cancelled get() does not lose an item that arrives later.
import asyncio


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait("item")
    await asyncio.sleep(0)
    print(g1.cancelled(), await g2, q.qsize())


asyncio.run(main())
