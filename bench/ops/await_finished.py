"""`await` of a coroutine that returns at once.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

import asyncio


async def value(x):
    return x


N = 1_000_000


async def main():
    total = 0
    for i in range(N):
        total += await value(i)
        total += await value(1)
    return total


print(asyncio.run(main()))
