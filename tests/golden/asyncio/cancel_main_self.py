# A task that cancels itself gets CancelledError at its next await.
import asyncio


async def main():
    me = asyncio.current_task()
    me.cancel()
    print("still running")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled at await")
    print("cancelling:", me.cancelling())
    me.uncancel()
    print("cancelling:", me.cancelling())


asyncio.run(main())
