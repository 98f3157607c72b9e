# Cancelling a finished gather returns False.
import asyncio


async def job():
    return 1


async def main():
    g = asyncio.gather(job())
    print(await g)
    print(g.cancel(), g.cancelled())


asyncio.run(main())
