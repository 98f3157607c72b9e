# A task's result cannot be set from outside.
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    for m, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            m(arg)
        except RuntimeError as e:
            print("RuntimeError:", e)
    await t


asyncio.run(main())
