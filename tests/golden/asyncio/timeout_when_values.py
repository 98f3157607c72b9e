# A Timeout's when() is the deadline on the loop's clock.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10) as cm:
        print(round(cm.when() - loop.time()) == 10)
        cm.reschedule(None)
        print(cm.when())
    deadline = loop.time() + 5
    async with asyncio.timeout_at(deadline) as cm:
        print(cm.when() == deadline)


asyncio.run(main())
