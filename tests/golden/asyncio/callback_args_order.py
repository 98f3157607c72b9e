# call_soon callbacks run in the order scheduled, with their arguments.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for i in range(4):
        loop.call_soon(print, "cb", i)
    print("scheduled")
    await asyncio.sleep(0)
    print("after")


asyncio.run(main())
