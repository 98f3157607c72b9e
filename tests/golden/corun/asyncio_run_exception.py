# An exception escaping the main coroutine propagates out of asyncio.run with its traceback.
# CPython's traceback also shows asyncio's own frames (runners.py, base_events.py); corun's
# does not: see LIMITATIONS.md.
import asyncio


async def inner(x):
    return 10 // x


async def main():
    print("start")
    r = await inner(0)
    print(r)


asyncio.run(main())
print("not reached")
