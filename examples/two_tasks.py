# corun-args: --virtual-time
# Two tasks share one thread. Each `await asyncio.sleep(...)` hands control back to the
# event loop, which runs whichever task is ready next, so their prints interleave.
import asyncio


async def worker(name: str, delay: float, steps: int) -> str:
    for step in range(1, steps + 1):
        print(name + ": step", step)
        await asyncio.sleep(delay)  # pause this task; the other one may run meanwhile
    print(name + ": done")
    return name + " finished"


async def main() -> None:
    # create_task schedules both coroutines at once; neither has started yet.
    fast = asyncio.create_task(worker("fast", 0.02, 3))
    slow = asyncio.create_task(worker("slow", 0.25, 2))
    print("both tasks created")
    # Awaiting a task waits for it to finish and gives back its return value.
    print(await fast)
    print(await slow)


asyncio.run(main())
