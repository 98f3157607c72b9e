"""`async for` over an async generator of 100 values.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

import asyncio


async def agen(n):
    for k in range(n):
        yield k


N = 20_000


async def main():
    total = 0
    for i in range(N):
        async for x in agen(100):
            total += x
    return total


print(asyncio.run(main()))
