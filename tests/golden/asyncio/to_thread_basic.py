# asyncio.to_thread runs a function and gives back its result.
import asyncio


def work(a, b, *, scale=1):
    return (a + b) * scale


async def main():
    print(await asyncio.to_thread(work, 1, 2, scale=10))
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
