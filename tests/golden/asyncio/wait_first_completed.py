# corun-args: --virtual-time
# wait(FIRST_COMPLETED) returns once one task is done; the others finish only when their gate
# opens, so that a loaded machine, slow to wake the waiter, cannot finish them first.
import asyncio


async def job(d, name, gate=None):
    await asyncio.sleep(d)
    if gate is not None:
        await gate.wait()
    print("finished", name)
    return name


async def main():
    mid, slow = asyncio.Event(), asyncio.Event()
    specs = [(0.06, "slow", slow), (0.02, "fast", None), (0.04, "mid", mid)]
    ts = [asyncio.create_task(job(d, n, g)) for d, n, g in specs]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    mid.set()
    await asyncio.sleep(0.01)
    slow.set()
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), pending)


asyncio.run(main())
