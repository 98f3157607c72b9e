# asyncio.to_thread with a blocking subprocess.run next to a ticking coroutine: the child
# ends only once the coroutine has ticked and fed it, so a blocked loop would never end.
import asyncio
import os
import subprocess
import time


async def ticker(w, ticks):
    for i in range(3):
        ticks.append(i)
        await asyncio.sleep(0.02)
    os.write(w, b"ticked %d times\n" % len(ticks))
    os.close(w)


async def main():
    r, w = os.pipe()
    ticks = []
    done, _ = await asyncio.gather(
        asyncio.to_thread(subprocess.run, ["cat"], stdin=r, capture_output=True, text=True),
        ticker(w, ticks),
    )
    os.close(r)
    print("child said:", done.stdout.rstrip(), "| ticks:", ticks)
    start = time.monotonic()
    slept, n = await asyncio.gather(asyncio.to_thread(time.sleep, 0.2), count_ticks())
    print("to_thread(time.sleep):", slept, "| ticks meanwhile:", n >= 3)


async def count_ticks():
    n = 0
    for _ in range(5):
        n += 1
        await asyncio.sleep(0.02)
    return n


asyncio.run(main())
