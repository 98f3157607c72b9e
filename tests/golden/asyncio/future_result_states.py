# result() of a pending future is InvalidStateError; of a cancelled one CancelledError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.cancel()
    try:
        f.result()
    except asyncio.CancelledError:
        print("CancelledError", f.cancelled(), f.done())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
