# corun-args: --virtual-time
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            print(cm.when() > loop.time())
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
