# corun-args: --virtual-time
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    ts = [asyncio.create_task(job(0.01)), asyncio.create_task(job(0.5))]
    done, pending = await asyncio.wait(ts, timeout=0.03)
    print(len(done), len(pending), [t.result() for t in done])
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print(ts[1].cancelled())


asyncio.run(main())
