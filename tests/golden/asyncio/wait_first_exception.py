# corun-args: --virtual-time
import asyncio


async def ok(d):
    await asyncio.sleep(d)
    return d


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad")


async def main():
    ts = [asyncio.create_task(ok(0.005)), asyncio.create_task(bad()), asyncio.create_task(ok(0.04))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in ts:
        print(t.done(), t.exception() if t.done() else None)
    for t in pending:
        t.cancel()
    print(asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
