# An unknown return_when is a ValueError.
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    await t


asyncio.run(main())
