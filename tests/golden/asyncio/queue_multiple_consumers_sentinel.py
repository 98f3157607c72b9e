# Consumers stop on a sentinel each; the results come back in order of processing.
import asyncio


async def consumer(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        out.append((name, item))
        q.task_done()
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue()
    out = []
    cs = [asyncio.create_task(consumer(n, q, out)) for n in ("a", "b")]
    for i in range(5):
        await q.put(i)
    for _ in cs:
        await q.put(None)
    await q.join()
    await asyncio.gather(*cs)
    print(out)


asyncio.run(main())
