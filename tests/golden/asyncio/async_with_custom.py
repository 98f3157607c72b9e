# A class with __aenter__/__aexit__ works with async with, exceptions included.
import asyncio


class Resource:
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def main():
    async with Resource():
        print("body")
    async with Resource():
        raise KeyError("suppressed")
    print("after suppressed")


asyncio.run(main())
