# Plain generators and comprehensions used between awaits.
import asyncio


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


async def main():
    g = evens(10)
    first = next(g)
    await asyncio.sleep(0)
    rest = list(g)
    print(first, rest)
    squares = [x * x for x in evens(7)]
    await asyncio.sleep(0)
    table = {x: str(x) for x in squares if x}
    await asyncio.sleep(0)
    print(squares, table, {x % 3 for x in squares}, sum(x for x in squares))


asyncio.run(main())
