# corun-args: --virtual-time --timeline
# Awaiting coroutines one after another adds their sleeps up (1 + 2 = 3 s); running them as
# tasks overlaps them (max(1, 2) = 2 s). Five seconds of sleeping, exact to the digit.
import asyncio
import time


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} after {seconds} s"


async def main():
    start = time.monotonic()
    print(await fetch("first", 1))
    print(await fetch("second", 2))
    print(f"one after another: {time.monotonic() - start:.3f} s")

    start = time.monotonic()
    t1 = asyncio.create_task(fetch("first", 1))
    t2 = asyncio.create_task(fetch("second", 2))
    print(await t1)
    print(await t2)
    print(f"as tasks: {time.monotonic() - start:.3f} s")


asyncio.run(main())
