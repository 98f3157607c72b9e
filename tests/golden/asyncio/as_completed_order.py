# corun-args: --virtual-time
import asyncio


async def job(d, name):
    await asyncio.sleep(d)
    return name


async def main():
    ts = [asyncio.create_task(job(d, n)) for d, n in [(0.05, "c"), (0.01, "a"), (0.03, "b")]]
    for fut in asyncio.as_completed(ts):
        print(await fut)


asyncio.run(main())
