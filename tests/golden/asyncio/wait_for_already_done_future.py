# corun-args: --virtual-time
# wait_for of a finished future returns at once, even with timeout 0.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    print(await asyncio.wait_for(f, 1))


asyncio.run(main())
