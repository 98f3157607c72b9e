# loop.run_in_executor(None, f, *args) returns a future for the result.
import asyncio


def work(n):
    return sum(range(n))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, work, 10)
    print(asyncio.isfuture(fut))
    print(await fut)
    results = await asyncio.gather(*(loop.run_in_executor(None, work, n) for n in (3, 4)))
    print(results)


asyncio.run(main())
