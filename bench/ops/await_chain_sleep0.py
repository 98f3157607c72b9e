"""A 100-deep chain of coroutines awaiting each other, the innermost doing `await asyncio.sleep(0)`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

import asyncio


async def chain(depth):
    if depth == 0:
        await asyncio.sleep(0)
        return 1
    return await chain(depth - 1)


N = 10_000


async def main():
    total = 0
    for i in range(N):
        total += await chain(100)
    return total


print(asyncio.run(main()))
