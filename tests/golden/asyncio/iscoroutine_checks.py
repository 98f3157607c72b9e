# iscoroutine/iscoroutinefunction/isfuture on various objects.
import asyncio


async def co():
    pass


def plain():
    pass


async def agen():
    yield


async def main():
    c = co()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.iscoroutine(agen()))
    print(asyncio.iscoroutinefunction(co), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(agen))
    t = asyncio.create_task(c)
    print(asyncio.isfuture(t), asyncio.isfuture(c), asyncio.isfuture(None))
    await t


asyncio.run(main())
