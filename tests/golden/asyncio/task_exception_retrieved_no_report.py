# Looking at the exception (exception() or awaiting) silences the report.
import asyncio


async def boom():
    raise ValueError("seen")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(repr(t.exception()))
    del t
    u = asyncio.create_task(boom())
    try:
        await u
    except ValueError:
        print("awaited")
    del u
    await asyncio.sleep(0)


asyncio.run(main())
