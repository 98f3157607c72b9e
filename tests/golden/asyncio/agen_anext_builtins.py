# The aiter() and anext() builtins, with and without a default.
import asyncio

async def count(n):
    for i in range(n):
        yield i

async def main():
    g = count(2)
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g, "default"))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
