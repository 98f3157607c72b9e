# corun-args: --virtual-time
# The message given to cancel() arrives in the CancelledError.
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
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)


asyncio.run(main())
