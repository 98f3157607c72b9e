# wrap_future returns an asyncio future as it is.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    print(asyncio.wrap_future(f) is f)


asyncio.run(main())
