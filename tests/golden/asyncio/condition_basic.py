# corun-args: --virtual-time
import asyncio


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    ts = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print(cond.locked())


asyncio.run(main())
