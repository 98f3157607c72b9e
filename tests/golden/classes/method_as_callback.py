import asyncio

class Collector:
    def __init__(self):
        self.seen = []
    def on_done(self, fut):
        self.seen.append(fut.result())

async def job(n):
    await asyncio.sleep(0)
    return n * n

async def main():
    c = Collector()
    tasks = [asyncio.create_task(job(i)) for i in range(3)]
    for t in tasks:
        t.add_done_callback(c.on_done)
    await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    print(c.seen)

asyncio.run(main())
