# corun-args: --virtual-time
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set(), ev)
    ts = [asyncio.create_task(waiter(ev, f"t{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    print(ev)
    ev.set()
    print("set", ev.is_set())
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())


asyncio.run(main())
