# A common pattern: drain a queue with get_nowait until QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue()
    for w in "abc":
        await q.put(w)
    items = []
    while True:
        try:
            items.append(q.get_nowait())
        except asyncio.QueueEmpty:
            break
    print(items)


asyncio.run(main())
