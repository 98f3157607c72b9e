# wait() on an Event that is already set returns True without suspending.
import asyncio


async def other():
    print("other ran")


async def main():
    ev = asyncio.Event()
    ev.set()
    asyncio.create_task(other())
    print(await ev.wait())
    print("before other")
    await asyncio.sleep(0)


asyncio.run(main())
