# asyncio.run inside a running loop is a RuntimeError.
import asyncio


async def inner():
    return 1


async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


asyncio.run(main())
