# corun-args: --virtual-time
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("shutting down"))
    print(t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    print(t.cancelled(), t.cancel())


asyncio.run(main())
