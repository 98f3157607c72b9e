# corun-args: --virtual-time
# wait() returns (done, pending) once everything has finished.
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    ts = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(ts)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))


asyncio.run(main())
