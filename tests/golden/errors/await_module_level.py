import asyncio


async def g():
    return 1

x = await g()
print(x)
