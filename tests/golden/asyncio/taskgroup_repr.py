# TaskGroup's repr follows its state.
import asyncio


async def job():
    await asyncio.sleep(0)


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        tg.create_task(job())
        print(repr(tg))
    print(repr(tg))


asyncio.run(main())
