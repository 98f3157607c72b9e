# all_tasks() holds the pending tasks, the current one included.
import asyncio


async def sleeper():
    await asyncio.sleep(0.01)


async def main():
    ts = [asyncio.create_task(sleeper(), name=f"s{n}") for n in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    await asyncio.gather(*ts)
    print([t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
