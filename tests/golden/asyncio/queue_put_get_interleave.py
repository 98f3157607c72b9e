# put() to a bounded queue with a waiting getter hands the item over at once.
import asyncio


async def main():
    q = asyncio.Queue(1)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    await q.put("x")
    await q.put("y")
    print(await getter, q.qsize(), q.full())


asyncio.run(main())
