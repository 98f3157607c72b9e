# types.coroutine turns a generator function into one whose results can be awaited: the
# classic way to write a primitive that yields to the event loop.
import asyncio
import types


@types.coroutine
def sleep0():
    yield


@types.coroutine
def handshake(value):
    reply = yield value
    return ("reply", reply)


async def worker(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await sleep0()
    return name


async def main():
    results = await asyncio.gather(worker("a", 2), worker("b", 3))
    print(results)


asyncio.run(main())


async def talk():
    r = await handshake("hello")
    return r


c = talk()
print(c.send(None))
try:
    c.send("world")
except StopIteration as e:
    print(e.value)
print(sleep0.__name__, callable(sleep0))
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
