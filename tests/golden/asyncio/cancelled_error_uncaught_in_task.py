# corun-args: --virtual-time
# A task cancelled by hand and never awaited is not reported at all.
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled())
    del t
    print("nothing reported")


asyncio.run(main())
