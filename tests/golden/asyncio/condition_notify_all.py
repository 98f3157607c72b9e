import asyncio


async def waiter(cond, name):
    async with cond:
        r = await cond.wait()
        print(name, "notified", r)


async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ts)


asyncio.run(main())
