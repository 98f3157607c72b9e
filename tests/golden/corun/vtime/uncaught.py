# corun-args: --virtual-time --timeline
# An exception main does not catch: the traceback comes first, as always, then the timeline
# (main's row ends with ✗), and the exit status is 1.
import asyncio


async def check(order):
    await asyncio.sleep(0.25)
    if order < 0:
        raise ValueError(f"bad order {order}")
    return order


async def main():
    print(await check(1))
    task = asyncio.create_task(check(-1))
    await task


asyncio.run(main())
