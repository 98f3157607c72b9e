# corun-args: --virtual-time
# After gather raises, a child that is still running is not cancelled.
import asyncio


async def slow():
    await asyncio.sleep(0.02)
    print("slow still completed")


async def bad():
    raise ValueError("first")


async def main():
    try:
        await asyncio.gather(slow(), bad())
    except ValueError:
        print("gather raised")
    await asyncio.sleep(0.03)


asyncio.run(main())
