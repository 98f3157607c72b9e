# corun-args: --virtual-time
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    return "never"


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, repr(e), type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
