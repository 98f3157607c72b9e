# corun-args: --virtual-time
# If the inner coroutine swallows the cancellation, wait_for returns its value after the timeout.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignoring cancellation")
        return "stubborn result"


async def main():
    try:
        r = await asyncio.wait_for(stubborn(), 0.01)
        print("returned", r)
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
