# shield passes the inner exception through.
import asyncio


async def bad():
    await asyncio.sleep(0)
    raise ValueError("from inner")


async def main():
    try:
        await asyncio.shield(bad())
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
