# join() waits until task_done() was called for every item put.
import asyncio


async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001)
        print(name, "did", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    ws = [asyncio.create_task(worker(q, f"w{n}")) for n in range(2)]
    await q.join()
    print("all done", q.empty())
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)


asyncio.run(main())
