# The loop asyncio.run made is closed once it returns.
import asyncio


async def main():
    return asyncio.get_running_loop()


loop = asyncio.run(main())
print(loop.is_closed(), loop.is_running())
