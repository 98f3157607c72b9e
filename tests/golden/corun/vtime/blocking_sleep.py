# corun-args: --virtual-time --timeline
# time.sleep blocks the whole loop: the ticker's 1 s sleep is over at t=1, but it can only run
# again when the blocking task gives control back at t=2 (shown as "ready" in the timeline).
import asyncio
import time


async def ticker():
    start = asyncio.get_running_loop().time()
    await asyncio.sleep(1)
    late = asyncio.get_running_loop().time() - start
    print(f"ticker woke after {late:.3f} s instead of 1.000 s")


async def blocker():
    time.sleep(2)  # wrong in async code: nothing else runs meanwhile
    print("blocker slept 2 s without giving control back")
    await asyncio.sleep(0.5)
    print("blocker done")


async def main():
    await asyncio.gather(ticker(), blocker())
    print(f"loop time at the end: {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
