async def f():
    pass

async def g()
    await f()
