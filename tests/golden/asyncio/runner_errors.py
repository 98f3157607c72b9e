# Runner.run wants a coroutine, and not from inside a running loop.
import asyncio


async def inner():
    return 1


async def main():
    c = inner()
    try:
        asyncio.Runner().run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


with asyncio.Runner() as r:
    try:
        r.run(inner)
    except ValueError as e:
        print("ValueError:", str(e).split(" at ")[0])
    r.run(main())
