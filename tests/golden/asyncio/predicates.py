import asyncio


async def co():
    return 1


def plain():
    return 2


class K:
    async def m(self):
        pass


async def main():
    c = co()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()), asyncio.iscoroutine(co))
    print(asyncio.iscoroutinefunction(co), asyncio.iscoroutinefunction(plain))
    print(asyncio.iscoroutinefunction(K().m), asyncio.iscoroutinefunction(K.m))
    f = asyncio.Future()
    t = asyncio.create_task(c)
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(c), asyncio.isfuture(1))
    await t


asyncio.run(main())
