# A finished future's repr shortens a long result as reprlib does.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for value in (
        list(range(10)),
        tuple(range(3)),
        (1,),
        "x" * 50,
        "short",
        10 ** 50,
        {"b": 1, "a": 2, "d": 3, "c": 4, "e": 5},
        {3, 1, 2},
        [[1, [2, [3, [4, [5, [6, [7]]]]]]]],
        3.5,
        None,
        True,
    ):
        f = loop.create_future()
        f.set_result(value)
        print(repr(f))


asyncio.run(main())
