"""A 100-deep chain of coroutines awaiting each other whose innermost suspends (`await asyncio.sleep(0)`) many times: each resumption goes down the whole chain.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

import asyncio


async def bottom(n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        total += i
    return total


async def chain(depth, n):
    if depth == 0:
        return await bottom(n)
    return await chain(depth - 1, n) + 1


N = 50_000


async def main():
    return await chain(100, N)


print(asyncio.run(main()))
