# corun-args: --virtual-time
# gather mixes futures and coroutines.
import asyncio


async def job():
    return "coro"


async def main():
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.005, f.set_result, "future")
    print(await asyncio.gather(f, job()))


asyncio.run(main())
