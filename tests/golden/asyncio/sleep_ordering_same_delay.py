# Tasks sleeping the same delay wake in the order they went to sleep.
import asyncio


async def sleeper(n):
    await asyncio.sleep(0.01)
    print("woke", n)


async def main():
    await asyncio.gather(*(sleeper(n) for n in range(5)))


asyncio.run(main())
