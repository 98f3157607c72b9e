# A Future whose exception is never looked at is reported when it goes away.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_exception(RuntimeError("nobody looked"))
    del f
    print("after del")


asyncio.run(main())
