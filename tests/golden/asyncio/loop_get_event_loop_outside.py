# get_event_loop() outside a running loop makes a loop and keeps returning it.
import asyncio


async def job():
    return "ran"


loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running())
print(loop.run_until_complete(job()))
print(asyncio.get_event_loop() is loop)
loop.close()
