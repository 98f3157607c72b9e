# corun-args: --virtual-time
# wait() with a timeout does not cancel what is still pending.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    fast = asyncio.create_task(job(0.01))
    slow = asyncio.create_task(job(0.05))
    done, pending = await asyncio.wait({fast, slow}, timeout=0.02)
    print(fast in done, slow in pending, slow.cancelled())
    print(await slow)


asyncio.run(main())
