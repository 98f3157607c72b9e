# corun-args: --virtual-time
# as_completed with a timeout raises TimeoutError for what is left.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    try:
        for f in asyncio.as_completed([job(0.002), job(1)], timeout=0.04):
            print(await f)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
