# Tasks are Futures; Future and Task are the classes asyncio exports.
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    f = asyncio.get_running_loop().create_future()
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    print(isinstance(f, asyncio.Task), isinstance(f, asyncio.Future))
    print(issubclass(asyncio.Task, asyncio.Future))
    await t
    f.cancel()


asyncio.run(main())
