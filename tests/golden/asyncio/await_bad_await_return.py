# __await__ returning a non-iterator is a TypeError.
import asyncio


class Bad:
    def __await__(self):
        return 42


async def main():
    try:
        await Bad()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
