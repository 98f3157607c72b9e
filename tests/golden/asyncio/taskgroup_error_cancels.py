# corun-args: --virtual-time
# A failing task in a TaskGroup cancels the others and raises an ExceptionGroup.
import asyncio


async def ok(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ok", n, "cancelled")
        raise


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            tg.create_task(fail())
            tg.create_task(ok(2))
    except* ValueError as eg:
        print("caught", eg.exceptions)


asyncio.run(main())
