# corun-args: --virtual-time
import asyncio

class Downloader:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay

    async def fetch(self):
        print(f"{self.name}: start")
        await asyncio.sleep(self.delay)
        print(f"{self.name}: done")
        return len(self.name)

    def __repr__(self):
        return f"Downloader({self.name!r})"

async def main():
    ds = [Downloader("alpha", 0.02), Downloader("be", 0.01)]
    print(ds)
    sizes = await asyncio.gather(*(d.fetch() for d in ds))
    print(sizes)
    coro = ds[0].fetch()
    print(type(coro).__name__)
    await coro

asyncio.run(main())
