# corun-args: --virtual-time
# A timeout of the wrong type is a TypeError when wait_for runs.
import asyncio


async def job():
    return 1


async def main():
    c = job()
    try:
        await asyncio.wait_for(c, "soon")
    except TypeError as e:
        print("TypeError:", e)
    c.close()


asyncio.run(main())
