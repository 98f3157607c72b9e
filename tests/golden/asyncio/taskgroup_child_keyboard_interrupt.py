# corun-args: --virtual-time
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise


async def child(n, exc):
    await asyncio.sleep(0.001 * n)
    if exc is not None:
        print("child", n, "raises", repr(exc))
        raise exc
    print("child", n, "done")


async def main(exc):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper())
            tg.create_task(child(1, None))
            tg.create_task(child(2, exc))
            print("body done")
    except BaseException as e:
        print("main caught", type(e).__name__, e)
    print("main returns")


for exc in (KeyboardInterrupt("from child"), SystemExit(2)):
    try:
        asyncio.run(main(exc))
    except BaseException as e:
        print("run raised", type(e).__name__, e)
print("end")
