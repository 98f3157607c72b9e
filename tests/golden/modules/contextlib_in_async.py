import asyncio
from contextlib import contextmanager

@contextmanager
def timer(name, log):
    log.append(name + " start")
    yield
    log.append(name + " stop")

async def work(name, log):
    with timer(name, log):
        await asyncio.sleep(0.001)

async def main():
    log = []
    await asyncio.gather(work("a", log), work("b", log))
    print(log)

asyncio.run(main())
