# An exception in a task reaches whoever awaits the task.
import asyncio


async def fails():
    await asyncio.sleep(0)
    raise ValueError("bad value")


async def main():
    t = asyncio.create_task(fails())
    try:
        await t
    except ValueError as e:
        print("caught:", e)
    print(t.done())


asyncio.run(main())
