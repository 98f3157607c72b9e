# Default task names count up from Task-1 (the main task).
import asyncio


async def name():
    return asyncio.current_task().get_name()


async def main():
    print(asyncio.current_task().get_name())
    print(await asyncio.create_task(name()))
    print(await asyncio.create_task(name()))
    print(await asyncio.create_task(name(), name=None))
    print(await asyncio.create_task(name(), name=123))


asyncio.run(main())
