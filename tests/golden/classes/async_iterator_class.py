# corun-args: --virtual-time
import asyncio


class Ticker:
    def __init__(self, n, delay):
        self.n = n
        self.delay = delay
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    async for tick in Ticker(3, 0):
        print("tick", tick)
    print([x async for x in Ticker(4, 0)])
    it = aiter(Ticker(2, 0))
    print(await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    await t
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
