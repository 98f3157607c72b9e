# Several tasks update a shared dict and list, interleaving at sleep(0).
import asyncio


async def worker(name, counts, log):
    for step in range(3):
        counts[name] = counts.get(name, 0) + step
        log.append(f"{name}{step}")
        await asyncio.sleep(0)


async def main():
    counts = {}
    log = []
    await asyncio.gather(worker("a", counts, log), worker("b", counts, log))
    print(sorted(counts.items()))
    print(log)


asyncio.run(main())
