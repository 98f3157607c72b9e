import asyncio


async def main():
    fut = asyncio.Future()
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("pending:", type(e).__name__, e)
    fut.set_exception(ValueError("bad"))
    print(repr(fut.exception()))
    try:
        await fut
    except ValueError as e:
        print("awaited:", e)
    ok = asyncio.Future()
    ok.set_result(1)
    print(ok.exception())
    c = asyncio.Future()
    c.cancel("stop")
    try:
        c.exception()
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)
    k = asyncio.Future()
    k.set_exception(KeyError)
    print(repr(k.exception()))


asyncio.run(main())
