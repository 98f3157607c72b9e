# Calling result() on a failed future counts as retrieving the exception.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_exception(ValueError("x"))
    try:
        f.result()
    except ValueError:
        print("result() raised")
    del f
    print("no report")


asyncio.run(main())
