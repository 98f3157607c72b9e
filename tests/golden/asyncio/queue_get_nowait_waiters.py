# put_nowait wakes a waiting getter; the item goes to it.
import asyncio


async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("hello")
    print(await getter, q.qsize())


asyncio.run(main())
