# A failure in a nested TaskGroup reaches the outer one as an ExceptionGroup inside a group.
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("deep")


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except* ValueError as eg:
        print(repr(eg))


asyncio.run(main())
