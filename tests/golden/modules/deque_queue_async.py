import asyncio
from collections import deque


async def producer(q, n):
    for i in range(n):
        q.append(i)
        await asyncio.sleep(0)


async def consumer(q, out):
    for _ in range(10):
        while q:
            out.append(q.popleft())
        await asyncio.sleep(0)


async def main():
    q = deque()
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q)


asyncio.run(main())
