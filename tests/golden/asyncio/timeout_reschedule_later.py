# Moving a timeout's deadline later lets the block finish.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 0.05)
        await asyncio.sleep(0.02)
        print("finished inside")
    print(cm.expired())


asyncio.run(main())
