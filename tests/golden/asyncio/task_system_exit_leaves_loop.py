# corun-args: --virtual-time
import asyncio


async def child(exc):
    await asyncio.sleep(0.001)
    print("child raises", repr(exc))
    raise exc


async def other():
    try:
        await asyncio.sleep(0.05)
        print("other finished")
    except asyncio.CancelledError:
        print("other cancelled")
        raise


async def main(exc):
    o = asyncio.create_task(other())
    t = asyncio.create_task(child(exc))
    try:
        await t
        print("not reached")
    except BaseException as e:
        print("main got", type(e).__name__)
        raise
    finally:
        print("main finally")


for exc in (SystemExit(5), KeyboardInterrupt("ki")):
    try:
        asyncio.run(main(exc))
    except BaseException as e:
        print("run raised", type(e).__name__, e)
print("end")
