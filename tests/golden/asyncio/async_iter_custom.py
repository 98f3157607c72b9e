# A class with __aiter__/__anext__ drives async for.
import asyncio


class Ticks:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    async for t in Ticks(3):
        print("tick", t)


asyncio.run(main())
