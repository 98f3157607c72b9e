import asyncio


async def main():
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(4)])
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (4, "d"), (1, "A"), (2, "b"), (5, "e"), (0, "z")]:
        await pq.put(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    print(lq, pq)


asyncio.run(main())
