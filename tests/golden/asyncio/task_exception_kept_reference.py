# A failed task still referenced is reported only when the reference goes.
import asyncio


async def boom():
    raise RuntimeError("later")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("still referenced", t.done())
    t = None
    print("dropped")


asyncio.run(main())
