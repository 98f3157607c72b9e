# corun-args: --virtual-time --timeline
# A task cancelled by wait_for's timeout, one that raises, one that returns: the timeline ends
# each row with its fate.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    finally:
        print("slow: cleaning up after cancellation")


async def broken():
    await asyncio.sleep(0.5)
    raise ValueError("no such order")


async def fine():
    await asyncio.sleep(1.5)
    return 42


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except asyncio.TimeoutError:
        print("slow: timed out after 1 s")
    results = await asyncio.gather(broken(), fine(), return_exceptions=True)
    print(results)


asyncio.run(main())
