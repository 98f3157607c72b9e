# corun-args: --virtual-time
# FIRST_EXCEPTION with no exception waits for everything.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    ts = [asyncio.create_task(job(d)) for d in (0.01, 0.02)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))


asyncio.run(main())
