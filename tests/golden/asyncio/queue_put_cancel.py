# A put() waiting on a full queue can be cancelled; the queue is unchanged.
import asyncio


async def main():
    q = asyncio.Queue(1)
    q.put_nowait("a")
    t = asyncio.create_task(q.put("b"))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(q.qsize(), q.get_nowait(), q.empty())


asyncio.run(main())
