# corun-args: --virtual-time
# as_completed returns an iterator; each item is awaited in completion order.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    it = asyncio.as_completed([job(0.03), job(0.01), job(0.02)])
    print(type(it).__name__)
    for f in it:
        print(await f)


asyncio.run(main())
