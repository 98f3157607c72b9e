# corun-args: --virtual-time
import asyncio

async def job(name, delay, fail=False):
    print(name, "start")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(name, "done")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.01))
        t2 = tg.create_task(job("b", 0.02))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 0.01, fail=True))
            t = tg.create_task(job("d", 0.05))
    except* ValueError as eg:
        print("caught", eg.exceptions, t.cancelled())

asyncio.run(main())
