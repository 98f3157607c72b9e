# corun-args: --virtual-time
# gather returns results in argument order, whatever order the work finishes in.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name * 2


async def main():
    results = await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02))
    print(results)


asyncio.run(main())
