# corun-args: --virtual-time
# The repr of finished and cancelled tasks.
import asyncio


async def job(x):
    return x


async def bad():
    raise KeyError("k")


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(job("r"), name="j")
    await t
    print(repr(t))
    b = asyncio.create_task(bad(), name="b")
    await asyncio.sleep(0)
    print(repr(b))
    b.exception()
    s = asyncio.create_task(sleeper(), name="s")
    await asyncio.sleep(0)
    s.cancel()
    await asyncio.sleep(0)
    print(repr(s))


asyncio.run(main())
