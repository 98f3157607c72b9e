# corun-args: --virtual-time
# Event.clear() makes later waiters wait again.
import asyncio


async def main():
    ev = asyncio.Event()
    ev.set()
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())

    async def setter():
        await asyncio.sleep(0.01)
        print("setting")
        ev.set()

    asyncio.create_task(setter())
    await ev.wait()
    print("woken")


asyncio.run(main())
