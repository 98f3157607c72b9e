# corun-args: --virtual-time
# Sleeps of different lengths wake in deadline order; the loop runs them as asyncio does.
import asyncio


async def tick(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("wake", name)


async def main():
    t1 = asyncio.create_task(tick("slow", 0.03))
    t2 = asyncio.create_task(tick("fast", 0.01))
    t3 = asyncio.create_task(tick("mid", 0.02))
    await t1
    await t2
    await t3
    print("all done")


asyncio.run(main())
