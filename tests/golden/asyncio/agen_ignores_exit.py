# An async generator that yields in finally while closing is a RuntimeError.
import asyncio


async def gen():
    try:
        yield 1
    finally:
        yield 2


async def main():
    g = gen()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
