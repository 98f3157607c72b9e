"""`await` of a future that already has its result.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

import asyncio

N = 500_000


async def main():
    loop = asyncio.get_running_loop()
    total = 0
    for i in range(N):
        fut = loop.create_future()
        fut.set_result(i)
        total += await fut
    return total


print(asyncio.run(main()))
