# corun-args: --virtual-time
# Timeouts and cancellation: a download that may be too slow, three ways to bound it, and a
# cleanup that always runs.
#
#   asyncio.wait_for(aw, timeout)   cancels aw and raises TimeoutError when time is up
#   async with asyncio.timeout(t)   the same for a whole block of code
#   asyncio.shield(aw)              protects aw from the cancellation of whoever awaits it
#   task.cancel()                   asks a task to stop: CancelledError at its current await
import asyncio


async def download(name: str, seconds: float) -> str:
    print(f"  {name}: started")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"  {name}: cancelled, cleaning up")
        raise  # let the cancellation go on: whoever cancelled is waiting for it
    finally:
        print(f"  {name}: connection closed")
    return f"{name} ({int(seconds * 1000)} ms)"


async def with_wait_for() -> None:
    print("wait_for, fast enough:")
    print("  got", await asyncio.wait_for(download("a", 0.005), timeout=0.03))
    print("wait_for, too slow:")
    try:
        await asyncio.wait_for(download("b", 1), timeout=0.01)
    except TimeoutError:
        print("  gave up on b")


async def with_timeout_block() -> None:
    print("timeout block around two steps:")
    try:
        async with asyncio.timeout(0.02) as deadline:
            await download("c1", 0.005)
            await download("c2", 1)
    except TimeoutError:
        print("  the block ran out of time; expired:", deadline.expired())


async def with_shield() -> None:
    print("shield keeps the work going:")
    work = asyncio.create_task(download("d", 0.02))
    try:
        await asyncio.wait_for(asyncio.shield(work), timeout=0.005)
    except TimeoutError:
        print("  stopped waiting, but d goes on")
    print("  later got", await work)


async def with_cancel() -> None:
    print("cancelling a task by hand:")
    task = asyncio.create_task(download("e", 1))
    await asyncio.sleep(0)  # let it start
    task.cancel("no longer needed")
    try:
        await task
    except asyncio.CancelledError as e:
        print("  e was cancelled:", e.args[0], "| cancelled() =", task.cancelled())


async def main() -> None:
    await with_wait_for()
    await with_timeout_block()
    await with_shield()
    await with_cancel()


asyncio.run(main())
