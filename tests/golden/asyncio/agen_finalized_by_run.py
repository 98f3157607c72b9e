# An async generator left suspended is closed by asyncio.run's shutdown.
import asyncio


async def ticker():
    try:
        for i in range(10):
            yield i
    finally:
        print("ticker closed")


async def main():
    global g
    g = ticker()
    async for v in g:
        print(v)
        if v == 1:
            break
    print("main done")


asyncio.run(main())
print("after run")
