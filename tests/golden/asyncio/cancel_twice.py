# corun-args: --virtual-time
# cancel() on a task already being cancelled returns True again; on a done task False.
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(t.cancel(), t.cancelled())


asyncio.run(main())
