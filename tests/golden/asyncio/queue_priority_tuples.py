# PriorityQueue hands out the smallest item first.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
        await q.put(item)
    while not q.empty():
        print(await q.get())


asyncio.run(main())
