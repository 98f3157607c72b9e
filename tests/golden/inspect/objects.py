# iscoroutine, isgenerator, isasyncgen and isawaitable on the objects themselves.
import asyncio
import inspect


async def work():
    return 1


def count():
    yield 1


async def ticks():
    yield 1


async def main():
    c = work()
    g = count()
    a = ticks()
    t = asyncio.ensure_future(work())
    for name, obj in [("coroutine", c), ("generator", g), ("asyncgen", a), ("task", t),
                      ("future", asyncio.get_running_loop().create_future()), ("int", 1)]:
        print(f"{name:9}", inspect.iscoroutine(obj), inspect.isgenerator(obj),
              inspect.isasyncgen(obj), inspect.isawaitable(obj))
    print(await c, await t)


asyncio.run(main())
