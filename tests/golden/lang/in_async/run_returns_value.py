# asyncio.run returns the coroutine's result; an error it raises reaches the caller.
import asyncio


async def ok():
    await asyncio.sleep(0)
    return {"a": [1, 2], "b": (3,)}


async def bad():
    await asyncio.sleep(0)
    raise ValueError("bad coroutine")


print(asyncio.run(ok()))
try:
    asyncio.run(bad())
except ValueError as e:
    print("caught outside run:", e)
