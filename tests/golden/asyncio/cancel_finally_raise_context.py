# An exception raised in finally (or except) after a cancellation has the CancelledError as context.
import asyncio

def f():
    try:
        1/0
    finally:
        raise ValueError("sync")

try:
    f()
except ValueError as e:
    print("sync context:", repr(e.__context__))

async def g(fut):
    try:
        await fut
    finally:
        raise ValueError("async")

async def h(fut):
    try:
        await fut
    except asyncio.CancelledError:
        raise ValueError("async except")

async def main():
    for fn in (g, h):
        fut = asyncio.get_running_loop().create_future()
        t = asyncio.create_task(fn(fut))
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except ValueError as e:
            print(fn.__name__, "context:", repr(e.__context__))

asyncio.run(main())
