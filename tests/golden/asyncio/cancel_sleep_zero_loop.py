# A busy task yielding with sleep(0) is cancelled at its next yield.
import asyncio


async def busy():
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("stopped after", n, "steps")
        raise


async def main():
    t = asyncio.create_task(busy())
    for _ in range(5):
        await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)


asyncio.run(main())
