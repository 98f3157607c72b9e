# corun-args: --virtual-time
# Cancelling a task throws CancelledError at its await; the task may clean up.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise
    finally:
        print("sleeper finally")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled:", t.cancelled(), "done:", t.done())


asyncio.run(main())
