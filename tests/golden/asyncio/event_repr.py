# An Event's repr tells whether it is set.
import asyncio


async def main():
    ev = asyncio.Event()
    print("[unset]" in repr(ev))
    ev.set()
    print("[set]" in repr(ev))


asyncio.run(main())
