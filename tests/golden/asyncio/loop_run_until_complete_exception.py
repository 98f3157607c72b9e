# run_until_complete raises what the coroutine raised.
import asyncio


async def bad():
    raise ValueError("from coroutine")


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(bad())
except ValueError as e:
    print("ValueError:", e)
loop.close()
