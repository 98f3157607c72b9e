# wait() with timeout 0 returns what is already done.
import asyncio


async def job(d):
    await asyncio.sleep(d)


async def main():
    a = asyncio.create_task(job(0))
    b = asyncio.create_task(job(0.01))
    await asyncio.sleep(0.001)
    done, pending = await asyncio.wait([a, b], timeout=0)
    print(a in done, b in pending)
    await b


asyncio.run(main())
