# A callback scheduled from a callback runs in the next loop iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def first():
        print("first")
        loop.call_soon(print, "scheduled by first")

    loop.call_soon(first)
    loop.call_soon(print, "second")
    await asyncio.sleep(0)
    print("main after one yield")
    await asyncio.sleep(0)
    print("main after two yields")


asyncio.run(main())
