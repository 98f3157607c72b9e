# set_exception takes a class or an instance.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError)
    print(repr(f.exception()))
    g = loop.create_future()
    g.set_exception(ValueError("v"))
    try:
        await g
    except ValueError as e:
        print("awaited:", e)


asyncio.run(main())
