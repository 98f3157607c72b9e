import asyncio


async def main():
    fut = asyncio.Future()
    try:
        fut.set_exception(StopIteration())
    except TypeError as e:
        print(e)
    try:
        fut.set_exception(42)
    except TypeError as e:
        print(e)
    print(fut.done())


asyncio.run(main())
