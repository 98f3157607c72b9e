import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            return total
        total += item


async def main():
    queue = asyncio.Queue(maxsize=10)
    prod = asyncio.create_task(producer(queue, 2000))
    total = await consumer(queue)
    await prod
    print(total)


asyncio.run(main())
