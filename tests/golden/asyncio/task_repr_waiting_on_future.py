# A task's repr shows the future it waits for.
import asyncio


async def waiter(f):
    await f


async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(f), name="W")
    await asyncio.sleep(0)
    print(repr(t))
    print(repr(f))
    f.set_result(None)
    await t
    print(repr(t))


asyncio.run(main())
