# Two tasks failing at once both end up in the ExceptionGroup.
import asyncio


async def fail(exc):
    await asyncio.sleep(0.01)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("a")))
            tg.create_task(fail(TypeError("b")))
    except ExceptionGroup as eg:
        print(eg.message)
        for e in eg.exceptions:
            print(type(e).__name__, e)


asyncio.run(main())
