# asend() sends a value into an async generator.
import asyncio


async def echo():
    received = None
    while True:
        received = yield f"got {received}"


async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    await g.aclose()


asyncio.run(main())
