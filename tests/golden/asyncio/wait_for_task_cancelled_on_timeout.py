# corun-args: --virtual-time
# On timeout wait_for cancels the task it waits for and raises TimeoutError.
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, e.args)
    print(t.cancelled())
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
