# corun-args: --virtual-time
# wait_for with timeout=None simply awaits.
import asyncio


async def slowish():
    await asyncio.sleep(0.01)
    return "ok"


async def main():
    print(await asyncio.wait_for(slowish(), None))


asyncio.run(main())
