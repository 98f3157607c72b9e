# corun-args: --virtual-time
# An exception comes out of the awaitable as_completed yields for it.
import asyncio


async def job(d, fail):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(d)
    return d


async def main():
    for f in asyncio.as_completed([job(0.02, False), job(0.01, True)]):
        try:
            print("result", await f)
        except ValueError as e:
            print("error", e)


asyncio.run(main())
