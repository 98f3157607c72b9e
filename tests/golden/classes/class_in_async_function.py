import asyncio

async def main():
    class Job:
        def __init__(self, n):
            self.n = n
        async def run(self):
            await asyncio.sleep(0)
            return self.n * 2
    jobs = [Job(i) for i in range(3)]
    print([await j.run() for j in jobs] if False else None)
    out = []
    for j in jobs:
        out.append(await j.run())
    print(out, Job.__qualname__)

asyncio.run(main())
