# call_soon takes no keyword arguments for the callback (functools.partial does that).
import asyncio
import functools


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_soon(print, "x", end="")
    except TypeError as e:
        print("TypeError:", e)
    loop.call_soon(functools.partial(print, "with partial", end="!\n"))
    await asyncio.sleep(0)


asyncio.run(main())
