import asyncio
from enum import Enum

class Status(Enum):
    PENDING = "pending"
    OK = "ok"
    FAILED = "failed"

async def check(n):
    await asyncio.sleep(0)
    return Status.OK if n % 2 == 0 else Status.FAILED

async def main():
    results = await asyncio.gather(*(check(i) for i in range(4)))
    print(results)
    print([r.value for r in results], Status("ok"))

asyncio.run(main())
