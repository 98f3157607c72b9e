# PriorityQueue items must be comparable.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    q.put_nowait((1, "a"))
    try:
        q.put_nowait((1, {}))
        q.put_nowait((1, {}))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
