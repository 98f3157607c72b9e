import asyncio


async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter(q, "a"))
    b = asyncio.create_task(getter(q, "b"))
    await asyncio.sleep(0)
    print(q)
    a.cancel()
    q.put_nowait("item")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(a.cancelled(), b.done(), q.qsize())


asyncio.run(main())
