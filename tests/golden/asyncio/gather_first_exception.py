# corun-args: --virtual-time
# Without return_exceptions the first exception propagates; the others keep running.
import asyncio


async def slow():
    # Far later than bad(), so that a loaded machine does not finish it first.
    await asyncio.sleep(0.3)
    print("slow finished anyway")
    return "slow"


async def bad():
    await asyncio.sleep(0.01)
    raise KeyError("k")


async def main():
    s = asyncio.create_task(slow())
    try:
        await asyncio.gather(s, bad())
    except KeyError as e:
        print("caught", repr(e))
    print("slow done?", s.done())
    print(await s)


asyncio.run(main())
