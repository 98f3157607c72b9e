# gather() with no arguments is a done future holding [].
import asyncio


async def main():
    g = asyncio.gather()
    print(g.done(), await g)


asyncio.run(main())
