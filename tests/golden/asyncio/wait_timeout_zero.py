# corun-args: --virtual-time
# wait() with timeout 0 returns what is already done.
import asyncio


async def job(d, gate=None):
    await asyncio.sleep(d)
    if gate is not None:
        await gate.wait()


async def main():
    gate = asyncio.Event()
    a = asyncio.create_task(job(0))
    b = asyncio.create_task(job(0.01, gate))
    await asyncio.sleep(0.001)
    done, pending = await asyncio.wait([a, b], timeout=0)
    print(a in done, b in pending)
    gate.set()
    await b
    print(b.done())


asyncio.run(main())
