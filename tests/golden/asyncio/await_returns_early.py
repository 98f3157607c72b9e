# corun-args: --virtual-time
# A coroutine that could suspend but returns at once (a drain with nothing to wait for),
# awaited at the start of tasks that then suspend: each task's frame is its own.
import asyncio


class Flow:
    def __init__(self):
        self.paused = False

    async def drain(self):
        if not self.paused:
            return "no wait"
        await asyncio.sleep(0)
        return "waited"


async def worker(flow, n):
    first = await flow.drain()
    await asyncio.sleep(0.01 * n)
    flow.paused = not flow.paused
    second = await flow.drain()
    return n, first, second


async def main():
    flow = Flow()
    for r in await asyncio.gather(*(worker(flow, i) for i in range(4))):
        print(r)


asyncio.run(main())
