# corun-args: --virtual-time --timeline
# Three workers share one lock and hold it 1 s each, so they take turns: 3 s in all. A fourth
# task waits for an Event that the last worker sets; a fifth yields with sleep(0) twice.
import asyncio
import time


async def worker(name, lock, done):
    async with lock:
        print(f"{time.monotonic():.1f}  {name} has the lock")
        await asyncio.sleep(1)
    if name == "C":
        done.set()


async def watcher(done):
    await done.wait()
    print(f"{time.monotonic():.1f}  watcher saw the event")


async def polite():
    for _ in range(2):
        await asyncio.sleep(0)
    print(f"{time.monotonic():.1f}  polite yielded twice")


async def main():
    lock = asyncio.Lock()
    done = asyncio.Event()
    await asyncio.gather(
        worker("A", lock, done),
        worker("B", lock, done),
        worker("C", lock, done),
        watcher(done),
        polite(),
    )
    print(f"{time.monotonic():.1f}  all done")


asyncio.run(main())
