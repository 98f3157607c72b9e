# A coroutine that is never awaited gives a RuntimeWarning when it goes away.
import asyncio


async def forgotten():
    print("never printed")


async def main():
    forgotten()
    print("main goes on")


asyncio.run(main())
