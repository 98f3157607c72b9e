# corun-args: --virtual-time
import asyncio
import time


async def ticker(name):
    for i in range(2):
        print(name, i)
        await asyncio.sleep(0)


async def blocker():
    print("blocking")
    time.sleep(0.02)
    print("unblocked")


async def main():
    await asyncio.gather(ticker("a"), blocker(), ticker("b"))


asyncio.run(main())
