# as_completed refuses a single future or coroutine, when it is iterated.
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    it = asyncio.as_completed(t)
    print("made")
    try:
        next(it)
    except TypeError as e:
        print("TypeError:", e)
    await t


asyncio.run(main())
