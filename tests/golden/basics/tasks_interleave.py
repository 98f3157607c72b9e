# corun-args: --virtual-time
# Two tasks made with create_task interleave their prints around sleeps (B's far longer than
# all of A's together, so that the order holds on a loaded machine).
import asyncio


async def ticker(name, delay, n):
    for i in range(n):
        print(name, "tick", i)
        await asyncio.sleep(delay)
    print(name, "finished")


async def main():
    a = asyncio.create_task(ticker("A", 0.01, 3))
    b = asyncio.create_task(ticker("B", 0.4, 2))
    print("tasks created")
    await a
    print("A awaited")
    await b
    print("B awaited")


asyncio.run(main())
