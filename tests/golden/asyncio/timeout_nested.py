# corun-args: --virtual-time
# The inner of two nested timeouts fires first; only it raises.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired", inner.expired(), outer.expired())
            await asyncio.sleep(0)
            print("still in outer")
    except TimeoutError:
        print("outer fired")


asyncio.run(main())
