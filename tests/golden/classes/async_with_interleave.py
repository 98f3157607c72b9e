import asyncio

class Slot:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print(self.name, "acquire")
        await asyncio.sleep(0)
        return self.name
    async def __aexit__(self, *a):
        print(self.name, "release")
        await asyncio.sleep(0)

async def worker(name):
    async with Slot(name) as s:
        print(s, "working")
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    await asyncio.gather(worker("a"), worker("b"))

asyncio.run(main())
