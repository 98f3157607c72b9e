import asyncio
import functools


async def fetch(name, delay, *, tag="-"):
    await asyncio.sleep(delay)
    return f"{tag}{name}"


async def main():
    quick = functools.partial(fetch, delay=0.01, tag="#")
    results = await asyncio.gather(*(quick(n) for n in "abc"))
    print(results)
    later = functools.partial(fetch, "z", 0)
    print(await later())


asyncio.run(main())
