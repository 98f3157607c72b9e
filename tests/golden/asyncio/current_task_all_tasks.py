import asyncio


async def child(i):
    await asyncio.sleep(0.01)
    return i


async def main():
    me = asyncio.current_task()
    print(me.get_name())
    tasks = [asyncio.create_task(child(i), name=f"c{i}") for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    print(me in asyncio.all_tasks())
    await asyncio.gather(*tasks)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
