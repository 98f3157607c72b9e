# The async ABCs recognise coroutines, async generators and classes with the methods.
import asyncio
from collections.abc import (AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable,
                             Coroutine, Generator)


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Ready:
    def __await__(self):
        return (yield from ())


async def agen():
    yield 1


async def coro():
    return 5


print(isinstance(Ticker(1), AsyncIterator), isinstance(Ticker(1), AsyncIterable))
print(issubclass(Ticker, AsyncGenerator), isinstance(agen(), AsyncGenerator))
print(isinstance(Ready(), Awaitable), isinstance(Ready(), Coroutine))
c = coro()
print(isinstance(c, Coroutine), isinstance(c, Awaitable), isinstance(c, Generator))
c.close()


async def main():
    print([x async for x in Ticker(3)])
    await Ready()
    print(await coro())


asyncio.run(main())
