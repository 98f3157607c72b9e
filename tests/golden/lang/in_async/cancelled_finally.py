# corun-args: --virtual-time
# Cancelling a task raises CancelledError at its await; its finally runs.
import asyncio


async def sleeper():
    try:
        print("sleeper start")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise
    finally:
        print("sleeper finally")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.cancelled())


asyncio.run(main())
