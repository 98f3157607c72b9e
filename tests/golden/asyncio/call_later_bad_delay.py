# corun-args: --virtual-time
# call_later with a delay that is not a number is a TypeError.
import asyncio


async def main():
    try:
        asyncio.get_running_loop().call_later("1", print)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
