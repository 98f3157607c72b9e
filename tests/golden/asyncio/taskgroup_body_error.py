# corun-args: --virtual-time
# An exception in the async with body cancels the group's tasks.
import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("caught", repr(eg.exceptions[0]))


asyncio.run(main())
