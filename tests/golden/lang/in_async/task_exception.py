# An exception inside a task is raised again where the task is awaited.
import asyncio


async def worker(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise RuntimeError(f"worker {n} failed")
    return n


async def main():
    tasks = [asyncio.create_task(worker(n)) for n in range(4)]
    for t in tasks:
        try:
            print("result", await t)
        except RuntimeError as e:
            print("error", e)


asyncio.run(main())
