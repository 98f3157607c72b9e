import asyncio


class Feed:
    def __init__(self, items):
        self.items = items

    async def __aiter__(self):
        for item in self.items:
            await asyncio.sleep(0)
            yield item


async def main():
    async for item in Feed(["a", "b", "c"]):
        print(item)
    print(sorted([x async for x in Feed([3, 1, 2])]))


asyncio.run(main())
