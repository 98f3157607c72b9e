# corun-args: --virtual-time
import asyncio


class Stop(BaseException):
    pass


async def sleeper(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sleeper", i, "cancelled")
        raise


async def child(exc):
    await asyncio.sleep(0)
    raise exc


async def body_raises(exc):
    t = None
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(sleeper(1))
            await asyncio.sleep(0)
            raise exc
    except BaseException as e:
        print("caught", type(e).__name__, repr(e), "sleeper cancelled:", t.cancelled())


async def body_raises_while_child_failed(exc):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(ValueError("child error")))
            await asyncio.sleep(0.05)
            raise exc
    except BaseException as e:
        print("caught", type(e).__name__, repr(e))


async def child_raises_base():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(2))
            tg.create_task(child(Stop("custom base")))
            print("body done")
    except BaseExceptionGroup as eg:
        print("group:", type(eg).__name__, eg.message, eg.exceptions)


async def main():
    await body_raises(KeyboardInterrupt("in body"))
    await body_raises(SystemExit(4))
    await body_raises(Stop("stop"))
    await body_raises_while_child_failed(KeyboardInterrupt("ki"))
    await body_raises_while_child_failed(SystemExit("bye"))
    await child_raises_base()
    print("main done")


asyncio.run(main())
