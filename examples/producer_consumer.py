# corun-args: --virtual-time
# Producers and consumers sharing a bounded queue: backpressure, join()/task_done(), and
# shutting the workers down cleanly.
#
#   Queue(maxsize=2)   put() waits while the queue is full, so producers slow down
#   q.task_done()      a consumer says it has finished with an item
#   await q.join()     waits until every item put has been marked done
import asyncio
import random


async def producer(name: str, q: asyncio.Queue, items: int) -> None:
    for i in range(items):
        item = f"{name}{i}"
        await q.put(item)  # waits while the queue is full
        print(f"{name} put {item:<3} (queue size {q.qsize()})")
    print(f"{name} done")


async def consumer(name: str, q: asyncio.Queue, results: list) -> None:
    while True:
        item = await q.get()
        try:
            for _ in range(random.randint(1, 3)):  # some work, in 1 to 3 steps
                await asyncio.sleep(0)
            results.append(item.upper())
            print(f"  {name} handled {item}")
        finally:
            q.task_done()


async def main() -> None:
    random.seed(7)  # the same "random" amounts of work on every run
    q: asyncio.Queue = asyncio.Queue(maxsize=2)
    results: list = []
    consumers = [asyncio.create_task(consumer(f"c{n}", q, results)) for n in (1, 2)]
    await asyncio.gather(producer("p", q, 4), producer("q", q, 3))
    await q.join()  # every item has been handled
    for c in consumers:
        c.cancel()  # the consumers loop forever: stop them
    await asyncio.gather(*consumers, return_exceptions=True)
    print("handled", len(results), "items:", sorted(results))


asyncio.run(main())
