# create_task outside a running loop raises RuntimeError.
import asyncio


async def job():
    return 1


c = job()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
