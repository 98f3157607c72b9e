"""`await asyncio.create_task(coro)` of a coroutine that returns at once.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

import asyncio


async def value(x):
    return x


N = 20_000


async def main():
    total = 0
    for i in range(N):
        total += await asyncio.create_task(value(i))
    return total


print(asyncio.run(main()))
