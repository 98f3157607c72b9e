# gather of something that is not awaitable raises TypeError at once.
import asyncio


async def main():
    try:
        asyncio.gather(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather("abc")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
