import asyncio


async def down(n):
    return await down(n + 1)


try:
    asyncio.run(down(0))
except RecursionError as e:
    print("RecursionError:", e)
