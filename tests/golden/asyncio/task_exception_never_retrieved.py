# A task that failed and was never awaited is reported when it is freed.
import asyncio


async def boom():
    raise ValueError("lost")


async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end of main")


asyncio.run(main())
print("after run")
