"""`async with` of an instance with `__aenter__`/`__aexit__`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

import asyncio


class ACM:
    async def __aenter__(self):
        return 1

    async def __aexit__(self, *exc):
        return False


N = 500_000


async def main():
    cm = ACM()
    total = 0
    for i in range(N):
        async with cm as v:
            total += v
    return total


print(asyncio.run(main()))
