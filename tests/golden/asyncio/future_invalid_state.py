import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    for f in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError())):
        try:
            f()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    p = asyncio.Future()
    try:
        p.result()
    except asyncio.InvalidStateError as e:
        print(e)
    try:
        fut.set_result(3)
    except Exception as e:
        print(type(e).__module__, type(e).__qualname__)


asyncio.run(main())
