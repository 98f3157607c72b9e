# corun-args: --virtual-time
# A finished future can be awaited any number of times.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, f.set_result, "value")
    print(await f)
    print(await f)


asyncio.run(main())
