# The future gather returns is a Future; its repr shows it pending, then done.
import asyncio


async def job():
    await asyncio.sleep(0)
    return 1


async def main():
    g = asyncio.gather(job())
    print(isinstance(g, asyncio.Future), g.done())
    print(await g, g.done(), g.result())


asyncio.run(main())
