# shield of a non-awaitable is a TypeError.
import asyncio


async def main():
    try:
        asyncio.shield(3)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
