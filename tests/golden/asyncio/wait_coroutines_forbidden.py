# wait() refuses bare coroutines in 3.11.
import asyncio


async def job():
    return 1


async def main():
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()


asyncio.run(main())
