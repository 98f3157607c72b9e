# corun-args: --virtual-time
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), 1)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel")


asyncio.run(main())
