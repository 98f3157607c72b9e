# LifoQueue gives the last item put first.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for i in range(4):
        q.put_nowait(i)
    print([q.get_nowait() for _ in range(4)])


asyncio.run(main())
