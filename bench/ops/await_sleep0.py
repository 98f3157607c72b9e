"""`await asyncio.sleep(0)`: a task suspending to the event loop and resuming.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

import asyncio

N = 50_000


async def main():
    total = 0
    for i in range(N):
        await asyncio.sleep(0)
        total += 1
    return total


print(asyncio.run(main()))
