# corun-args: --virtual-time
# gather's results follow the argument order, not the order of completion.
import asyncio


async def job(d, v):
    await asyncio.sleep(d)
    print("finished", v)
    return v


async def main():
    print(await asyncio.gather(job(0.03, "a"), job(0.01, "b"), job(0.02, "c")))


asyncio.run(main())
