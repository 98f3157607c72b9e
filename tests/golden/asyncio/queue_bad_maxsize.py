# A maxsize of 0 or less means unbounded.
import asyncio


async def main():
    for m in (0, -1):
        q = asyncio.Queue(maxsize=m)
        for i in range(100):
            q.put_nowait(i)
        print(m, q.qsize(), q.full())


asyncio.run(main())
