# Cancelling a task while its async generator awaits: the CancelledError goes through the
# generator (its finally runs) and out of the async for.
import asyncio

async def slow():
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield i
    finally:
        print("generator finally")

async def consumer():
    try:
        async for x in slow():
            print("got", x)
    except asyncio.CancelledError:
        print("consumer cancelled")
        raise

async def main():
    t = asyncio.create_task(consumer())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw the cancellation", t.cancelled())

asyncio.run(main())
