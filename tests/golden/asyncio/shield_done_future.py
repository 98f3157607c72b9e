# shield of a finished future returns that future itself.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    s = asyncio.shield(f)
    print(s is f, await s)


asyncio.run(main())
