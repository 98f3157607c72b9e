# A task's coroutine and its names.
import asyncio


async def compute():
    return 1


async def main():
    t = asyncio.create_task(compute())
    c = t.get_coro()
    print(c.__name__, c.__qualname__, type(c).__name__)
    await t


asyncio.run(main())
