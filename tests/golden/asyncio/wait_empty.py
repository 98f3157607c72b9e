# wait() of an empty set is a ValueError.
import asyncio


async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
