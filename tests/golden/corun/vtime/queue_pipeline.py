# corun-args: --virtual-time --timeline
# A producer puts three orders on a queue, one every 0.5 s; a consumer takes 1 s for each.
# The timeline shows the consumer waiting on Queue.get() and main waiting on Queue.join().
import asyncio
import time


async def producer(q):
    for n in range(1, 4):
        await asyncio.sleep(0.5)
        await q.put(n)
        print(f"{time.monotonic():.1f}  put order {n}")


async def consumer(q):
    while True:
        n = await q.get()
        await asyncio.sleep(1)
        print(f"{time.monotonic():.1f}  done with order {n}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    worker = asyncio.create_task(consumer(q), name="consumer")
    await producer(q)
    await q.join()
    worker.cancel()
    print(f"{time.monotonic():.1f}  all orders done")


asyncio.run(main())
