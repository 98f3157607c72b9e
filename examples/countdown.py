# corun-args: --virtual-time
# Three countdowns run concurrently. Each one ticks at its own pace; the event loop wakes each
# task when its sleep is over, so the lines come out ordered by time, not by task.
# (The ticks are chosen so that no two wake-ups fall within 10 ms of each other.)
import asyncio


async def countdown(name: str, start: int, tick: float) -> None:
    for n in range(start, 0, -1):
        print(name, n)
        await asyncio.sleep(tick)
    print(name, "lift-off!")


async def main() -> None:
    tasks = [
        asyncio.create_task(countdown("A", 2, 0.05)),
        asyncio.create_task(countdown("B", 1, 0.03)),
        asyncio.create_task(countdown("C", 3, 0.02)),
    ]
    for task in tasks:
        await task
    print("all done")


asyncio.run(main())
