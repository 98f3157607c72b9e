# A worker pool shut down by cancelling every task it started, finished or not. Cancelling a
# task (or future) that already failed says its failure was seen: asyncio then does not log
# "Task exception was never retrieved" for it when it is collected. Those never cancelled
# still are.
import asyncio
import gc


async def job(name, fail):
    await asyncio.sleep(0)
    if fail:
        raise RuntimeError(f"{name} broke")
    return name


async def main():
    tasks = [asyncio.create_task(job(f"job{i}", i % 2 == 1), name=f"job{i}") for i in range(4)]
    await asyncio.sleep(0.01)
    print([t.done() for t in tasks])
    # Shut down: cancel everything, including what already finished.
    print([t.cancel() for t in tasks])
    print([t.cancelled() for t in tasks])
    del tasks
    gc.collect()

    # A plain future holding an exception, then cancelled: not logged either.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ValueError("nobody looked"))
    print(fut.cancel(), fut.cancelled(), fut.done())
    del fut
    gc.collect()

    # One never cancelled and never awaited: logged when collected.
    lonely = asyncio.create_task(job("lonely", True), name="lonely")
    await asyncio.sleep(0.01)
    del lonely
    gc.collect()
    print("done")


asyncio.run(main())
