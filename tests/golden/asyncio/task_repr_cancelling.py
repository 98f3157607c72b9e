# A task asked to cancel before it ran shows as cancelling.
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job(), name="J")
    t.cancel()
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))


asyncio.run(main())
