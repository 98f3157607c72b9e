# __anext__, asend, athrow and aclose of an async generator.
import asyncio

async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                print("agen caught", repr(e))
                yield "recovered"
    finally:
        print("agen finally, received", received)

async def main():
    g = echo()
    print(g.__name__, g.__qualname__, type(g).__name__)
    print(type(g.__anext__()).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
    print(await g.__anext__())
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("boom")))
    print(await g.asend("c"))
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("exhausted", repr(e))
    print(await g.aclose())
    print(await g.athrow(ValueError("late")))

asyncio.run(main())
