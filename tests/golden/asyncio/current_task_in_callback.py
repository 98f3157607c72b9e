# In a plain callback there is no current task.
import asyncio


def cb():
    print("current task in callback:", asyncio.current_task())


async def main():
    asyncio.get_running_loop().call_soon(cb)
    await asyncio.sleep(0)
    print("in main:", asyncio.current_task().get_name())


asyncio.run(main())
