# Tasks made by ensure_future start in the order they were made.
import asyncio


async def job(n):
    print("start", n)
    await asyncio.sleep(0)
    print("end", n)


async def main():
    ts = [asyncio.ensure_future(job(n)) for n in range(3)]
    await asyncio.wait(ts)


asyncio.run(main())
