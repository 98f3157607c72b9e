# corun-args: --virtual-time
# A task's repr names the line where its own coroutine is suspended.
import asyncio


async def helper():
    await asyncio.sleep(1)


async def job():
    print("job starts")
    await helper()


async def main():
    t = asyncio.create_task(job(), name="nested")
    await asyncio.sleep(0)
    print(repr(t).split(" wait_for=")[0])
    t.cancel()


asyncio.run(main())
