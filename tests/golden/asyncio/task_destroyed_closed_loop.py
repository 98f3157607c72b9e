# corun-args: --virtual-time
# Tasks left pending on a closed loop are destroyed at exit.
import asyncio


async def a():
    await asyncio.sleep(10)


async def b():
    await asyncio.get_running_loop().create_future()


async def main():
    asyncio.create_task(a(), name="A")
    asyncio.create_task(b(), name="B")
    await asyncio.sleep(0)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("closed")
