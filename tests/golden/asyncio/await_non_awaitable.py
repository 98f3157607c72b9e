# await of a plain value is a TypeError.
import asyncio


async def main():
    for v in (1, "s", None, [1]):
        try:
            await v
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
