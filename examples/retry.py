# corun-args: --virtual-time
# Retry a flaky operation with exponential backoff: exceptions, try/except/else/finally,
# a generator for the delays, and cancellation of a task that runs too long.
import asyncio


def backoff(first: float, factor: float, attempts: int):
    delay = first
    for _ in range(attempts):
        yield delay
        delay *= factor


state = {"count": 0}


async def flaky(succeed_on: int) -> str:
    state["count"] += 1
    await asyncio.sleep(0)
    if state["count"] < succeed_on:
        raise ConnectionError(f"attempt {state['count']} failed")
    return "connected"


async def with_retries(succeed_on: int) -> str:
    state["count"] = 0
    for delay in backoff(0.001, 2, 4):
        try:
            result = await flaky(succeed_on)
        except ConnectionError as e:
            print(f"  {e}; retrying in {delay * 1000:.0f} ms")
            await asyncio.sleep(delay)
        else:
            return result
        finally:
            print("  attempt over")
    raise TimeoutError("gave up")


async def slow() -> None:
    try:
        await asyncio.sleep(10)
    finally:
        print("slow task cleaned up")


async def main() -> None:
    print("first:", await with_retries(3))
    try:
        await with_retries(10)
    except TimeoutError as e:
        print("second:", e)
    task = asyncio.create_task(slow())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("slow task cancelled:", task.cancelled())


asyncio.run(main())
