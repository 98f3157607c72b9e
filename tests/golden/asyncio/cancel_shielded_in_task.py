# corun-args: --virtual-time
# A task awaiting shield() is cancelled; the shielded work finishes and its result is kept.
import asyncio


async def work():
    await asyncio.sleep(0.01)
    return "kept"


async def main():
    inner = asyncio.create_task(work())


    async def waiter():
        return await asyncio.shield(inner)

    outer = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner)


asyncio.run(main())
