# A coroutine can be awaited only once.
import asyncio


async def job():
    return 1


async def main():
    c = job()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
