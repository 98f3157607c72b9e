# corun-args: --virtual-time
# asyncio.timeout(None) never expires; reschedule can arm it later.
import asyncio


async def main():
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        await asyncio.sleep(0.01)
    print("expired:", cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired, expired:", cm.expired())


asyncio.run(main())
