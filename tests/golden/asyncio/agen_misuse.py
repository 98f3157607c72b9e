# Misusing async generators: concurrent steps, a step awaited twice, a generator awaiting itself.
import asyncio
async def ag():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
async def selfref(g):
    yield 1
    await g.__anext__()
async def main():
    g = ag()
    try:
        print(await asyncio.gather(g.__anext__(), g.__anext__()))
    except RuntimeError as e:
        print("RuntimeError", e)
    t = asyncio.create_task(ag().__anext__())
    print(await t)
    a = g.__anext__()
    print(await a)
    try:
        print(await a)
    except RuntimeError as e:
        print("RuntimeError", e)
    s = None
    async def me():
        yield 1
        await s.__anext__()
        yield 2
    s = me()
    await s.__anext__()
    try:
        await s.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)
    def sync_gen():
        yield 1
    async def mixed():
        for x in sync_gen():
            yield x
        yield [y for y in sync_gen()]
    print([x async for x in mixed()])
asyncio.run(main())
