# corun-args: --virtual-time
# Tasks created in a loop finish in order of their delays.
import asyncio


async def job(i, delay):
    await asyncio.sleep(delay)
    print("job", i, "finished")
    return i


async def main():
    # Far enough apart that a loaded machine does not change the order.
    delays = [0.2, 0.0, 0.1]
    tasks = []
    for i, d in enumerate(delays):
        tasks.append(asyncio.create_task(job(i, d)))
    print("created", len(tasks))
    results = []
    for t in tasks:
        results.append(await t)
    print(results)


asyncio.run(main())
