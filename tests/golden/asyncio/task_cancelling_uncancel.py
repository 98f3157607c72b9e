# corun-args: --virtual-time
import asyncio


async def worker():
    for i in range(3):
        try:
            await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print("caught", t.cancelling())
            print("uncancel ->", t.uncancel())
    return "finished"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("requested", t.cancelling())
    print(await t)
    print(t.uncancel())


asyncio.run(main())
