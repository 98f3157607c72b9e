# What async generators and their awaitables look like.
import asyncio

async def gen():
    yield 1

async def main():
    g = gen()
    print(g)
    print(g.__anext__())
    print(g.aclose())
    print(type(g), type(g.asend(None)))
    print(repr(gen).startswith("<function gen at"))

asyncio.run(main())
