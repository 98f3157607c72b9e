# corun-args: --virtual-time
# When the shielded task itself is cancelled, the shield raises CancelledError.
import asyncio


async def job():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(job())
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield raised CancelledError", s.cancelled())


asyncio.run(main())
