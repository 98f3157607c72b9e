# corun-args: --virtual-time
# After a timeout fires, the task's cancelling() count is back to 0.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out; cancelling =", asyncio.current_task().cancelling())


asyncio.run(main())
