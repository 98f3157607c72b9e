# corun-args: --virtual-time
# A cancelled task's result() raises CancelledError with the message.
import asyncio


async def job():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0)
    t.cancel("reason")
    await asyncio.sleep(0)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)


asyncio.run(main())
