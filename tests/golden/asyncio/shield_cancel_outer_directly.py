# corun-args: --virtual-time
# Cancelling the future shield() returned leaves the inner task running.
import asyncio


async def work():
    await asyncio.sleep(0.01)
    return "inner done"


async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    print(outer.cancel(), outer.cancelled(), inner.cancelled())
    print(await inner)


asyncio.run(main())
