import asyncio


async def producer(q, name, n):
    for i in range(n):
        print(f"{name} put {i}")
        await q.put((name, i))
    print(f"{name} done")


async def consumer(q, name):
    while True:
        item = await q.get()
        print(f"{name} got {item}")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    cons = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    prods = [asyncio.create_task(producer(q, f"p{i}", 3)) for i in range(2)]
    await asyncio.gather(*prods)
    await q.join()
    print("joined", q.qsize())
    for c in cons:
        c.cancel()
    await asyncio.gather(*cons, return_exceptions=True)


asyncio.run(main())
