# The errors async generators raise, with CPython's messages.
import asyncio

async def two():
    yield 1
    yield 2

async def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")
            break
    yield "again"

async def leaks_stop():
    yield 1
    raise StopAsyncIteration

async def main():
    try:
        await two().asend(5)
    except TypeError as e:
        print("TypeError:", e)
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = leaks_stop()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    fresh = two()
    try:
        await fresh.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow on a fresh one:", repr(e))
    try:
        await fresh.__anext__()
    except StopAsyncIteration:
        print("and it is closed")
    for bad in [5, [1, 2], "abc"]:
        try:
            async for x in bad:
                pass
        except TypeError as e:
            print("TypeError:", e)
    try:
        for x in two():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await two()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
