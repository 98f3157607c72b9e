# athrow() raises inside the async generator at its yield.
import asyncio


async def gen():
    while True:
        try:
            yield "value"
        except KeyError:
            print("gen caught KeyError")
            yield "after error"


async def main():
    g = gen()
    print(await g.__anext__())
    print(await g.athrow(KeyError))
    await g.aclose()


asyncio.run(main())
