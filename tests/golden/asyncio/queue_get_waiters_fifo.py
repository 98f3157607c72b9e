# Several getters waiting on an empty queue are served in the order they came.
import asyncio


async def getter(q, name):
    print(name, "got", await q.get())


async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, n)) for n in "abc"]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*ts)


asyncio.run(main())
