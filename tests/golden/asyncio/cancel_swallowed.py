# corun-args: --virtual-time
# A task that catches CancelledError and returns finishes normally.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught, returning")
        return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print(t.cancelled(), t.done())


asyncio.run(main())
