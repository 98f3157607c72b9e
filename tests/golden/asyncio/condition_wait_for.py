# corun-args: --virtual-time
# Condition.wait_for waits until the predicate is true.
import asyncio


async def main():
    cond = asyncio.Condition()
    items = []

    async def consumer():
        async with cond:
            await cond.wait_for(lambda: len(items) >= 2)
            print("consumer sees", items)

    t = asyncio.create_task(consumer())
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            items.append(i)
            print("appended", i)
            cond.notify_all()
    await t


asyncio.run(main())
