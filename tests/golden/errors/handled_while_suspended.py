import asyncio, sys
async def holder(ev):
    try:
        raise KeyError("held")
    except KeyError:
        await ev.wait()
        print("holder sees", repr(sys.exc_info()[1]))
async def other(ev):
    await asyncio.sleep(0)
    print("other sees", sys.exc_info()[1])
    try:
        raise ValueError("fresh")
    except ValueError as e:
        print("context", repr(e.__context__))
    ev.set()
async def main():
    ev = asyncio.Event()
    await asyncio.gather(holder(ev), other(ev))
asyncio.run(main())
def gen():
    try:
        raise KeyError("g")
    except KeyError:
        yield 1
        print("gen sees", repr(sys.exc_info()[1]))
        yield 2
g = gen()
next(g)
print("outside sees", sys.exc_info()[1])
next(g)
