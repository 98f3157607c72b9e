# create_task of something that is not a coroutine is a TypeError.
import asyncio


async def main():
    try:
        asyncio.create_task(lambda: 1)
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
    try:
        asyncio.create_task(print)
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])


asyncio.run(main())
