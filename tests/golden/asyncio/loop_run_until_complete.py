# corun-args: --virtual-time
# A loop made with new_event_loop runs coroutines and tasks with run_until_complete.
import asyncio


async def job(x):
    await asyncio.sleep(0.001)
    return x * 2


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(job(1)))
t = loop.create_task(job(5))
print(loop.run_until_complete(t), t.done())
loop.close()
print(loop.is_closed())
