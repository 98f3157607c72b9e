# corun-args: --virtual-time
# result() and exception() of a pending task raise InvalidStateError.
import asyncio


async def job():
    await asyncio.sleep(0.01)


async def main():
    t = asyncio.create_task(job())
    for m in (t.result, t.exception):
        try:
            m()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    await t


asyncio.run(main())
