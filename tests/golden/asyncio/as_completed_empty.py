# as_completed of nothing yields nothing.
import asyncio


async def main():
    print(list(asyncio.as_completed([])))


asyncio.run(main())
