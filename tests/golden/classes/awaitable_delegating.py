import asyncio

class Delayed:
    def __init__(self, value):
        self.value = value
    async def _run(self):
        await asyncio.sleep(0.001)
        return self.value
    def __await__(self):
        return self._run().__await__()

async def main():
    print(await Delayed(42))
    results = await asyncio.gather(Delayed(1), Delayed(2))
    print(results)

asyncio.run(main())
