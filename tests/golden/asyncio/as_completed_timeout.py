# corun-args: --virtual-time
import asyncio


async def job(d, name):
    await asyncio.sleep(d)
    return name


async def main():
    ts = [asyncio.create_task(job(0.01, "quick")), asyncio.create_task(job(0.5, "slow"))]
    try:
        for fut in asyncio.as_completed(ts, timeout=0.03):
            print(await fut)
    except asyncio.TimeoutError:
        print("timed out")
    ts[1].cancel()


asyncio.run(main())
