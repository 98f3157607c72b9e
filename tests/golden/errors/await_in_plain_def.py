import asyncio


async def g():
    return 1


def f():
    x = await g()
    return x
