# ensure_future wraps coroutines in tasks, keeps futures, and refuses others.
import asyncio


async def job():
    return "job"


class Awaitable:
    def __await__(self):
        yield
        return "custom"


async def main():
    t = asyncio.ensure_future(job())
    print(type(t).__name__, await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    print(asyncio.ensure_future(t) is t)
    a = asyncio.ensure_future(Awaitable())
    print(type(a).__name__, await a)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
