# Awaiting an async function without calling it is a TypeError.
import asyncio


async def job():
    return 1


async def main():
    try:
        await job
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
