# corun-args: --virtual-time
# sleep() of a bad type raises TypeError when awaited.
import asyncio


async def main():
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
