# exception() returns the task's exception; afterwards nothing is reported.
import asyncio


async def boom():
    raise ArithmeticError("math")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    e = t.exception()
    print(type(e).__name__, e, t.done(), t.cancelled())


asyncio.run(main())
