# corun-args: --virtual-time
# wait_for with timeout 0 on a coroutine that has not run raises TimeoutError.
import asyncio


async def job():
    print("job started")
    return 1


async def main():
    try:
        await asyncio.wait_for(job(), 0)
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
