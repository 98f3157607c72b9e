# corun-args: --virtual-time
# wait_for around queue.get times out when nothing arrives.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("no item in time")
    q.put_nowait("late")
    print(await asyncio.wait_for(q.get(), 0.01))


asyncio.run(main())
