# A task printing its own repr is shown running at that line.
import asyncio


async def job():
    me = asyncio.current_task()
    print(repr(me))
    await asyncio.sleep(0)
    print(repr(me))


async def main():
    await asyncio.create_task(job(), name="self")


asyncio.run(main())
