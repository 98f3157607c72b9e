# A coroutine object prints with its function's name; awaiting it runs the body once.
import asyncio


async def job():
    print("job runs")
    return "job result"


async def main():
    c = job()
    print(c)
    print(await c)


asyncio.run(main())
