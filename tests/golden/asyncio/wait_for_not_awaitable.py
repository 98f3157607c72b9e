# corun-args: --virtual-time
# wait_for on a non-awaitable raises TypeError.
import asyncio


async def main():
    try:
        await asyncio.wait_for(42, 1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
