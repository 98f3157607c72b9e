# corun-args: --virtual-time
# FIRST_COMPLETED returns as soon as one finishes; the rest stay pending.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    ts = [asyncio.create_task(job(d)) for d in (0.6, 0.2, 0.4)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


asyncio.run(main())
