# corun-args: --virtual-time
# wait_for on an Event that is never set times out.
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("event not set in time")


asyncio.run(main())
