# isawaitable on objects with __await__, and iscoroutinefunction through wrappers.
import asyncio
import functools
import inspect


class Ready:
    def __await__(self):
        yield from ()
        return "ready"


async def fetch(x):
    return x


bound = functools.partial(fetch, 1)
print(inspect.isawaitable(Ready()), inspect.isawaitable(Ready))
print(inspect.iscoroutinefunction(bound), inspect.iscoroutinefunction(Ready.__await__))
print(inspect.isgeneratorfunction(Ready.__await__))
print(inspect.isawaitable(None), inspect.isawaitable("text"))


async def main():
    print(await Ready(), await bound())


asyncio.run(main())
