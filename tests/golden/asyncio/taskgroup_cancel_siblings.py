# corun-args: --virtual-time
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(0.15 * n)
        if n == 2:
            raise KeyError(n)
        return n
    except asyncio.CancelledError:
        print("worker", n, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(worker(n), name=f"w{n}") for n in range(1, 5)]
    except* KeyError as eg:
        print("KeyError group:", [repr(e) for e in eg.exceptions])
    print([t.get_name() for t in tasks], [t.cancelled() for t in tasks])
    print(tasks[0].result())


asyncio.run(main())
