# corun-args: --virtual-time
# A child cancelled from outside makes gather raise CancelledError.
import asyncio


async def child(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    a = asyncio.create_task(child(1))
    b = asyncio.create_task(child(2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(a.done(), b.cancelled())
    print(await a)


asyncio.run(main())
