# An exception raised in a task comes out where the task is awaited. CPython's traceback also
# shows asyncio's own frames (runners.py, base_events.py); corun's does not: see LIMITATIONS.md.
import asyncio


async def worker(name):
    await asyncio.sleep(0.01)
    print(name, "about to fail")
    return missing_name


async def main():
    task = asyncio.create_task(worker("w1"))
    print("waiting")
    await task
    print("not reached")


asyncio.run(main())
