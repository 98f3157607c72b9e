# asyncio.Future takes only the keyword `loop`; anything else is refused with CPython's words.
import asyncio


async def main():
    fut = asyncio.Future(loop=asyncio.get_running_loop())
    fut.set_result(3)
    print(await fut)
    for args, kwargs in [((1,), {}), ((), {"bad": 1}), ((1, 2), {}),
                         ((1,), {"bad": 1}), ((), {"loop": None, "x": 2})]:
        try:
            asyncio.Future(*args, **kwargs)
        except TypeError as e:
            print(args, kwargs, "->", e)


asyncio.run(main())
