# A Barrier needs at least one party.
import asyncio

try:
    asyncio.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
