# An exception raised inside an async generator reaches the async for with its traceback.
import asyncio

async def numbers():
    yield 1
    yield 1 // 0

async def main():
    async for n in numbers():
        print("n", n)

try:
    asyncio.run(main())
except ZeroDivisionError as e:
    print("caught", repr(e))
