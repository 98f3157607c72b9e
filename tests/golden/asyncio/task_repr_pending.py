# corun-args: --virtual-time
# The repr of a pending task names where its coroutine is suspended.
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sleeper(), name="sleepy")
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    t.cancel()


asyncio.run(main())
