# Finished tasks leave all_tasks().
import asyncio


async def quick():
    return 1


async def main():
    t = asyncio.create_task(quick(), name="quick")
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    await t
    print(sorted(x.get_name() for x in asyncio.all_tasks()))


asyncio.run(main())
