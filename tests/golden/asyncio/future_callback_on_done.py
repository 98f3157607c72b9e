# A callback added to a finished future is scheduled, not called at once.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    f.add_done_callback(lambda fut: print("callback", fut.result()))
    print("added")
    await asyncio.sleep(0)


asyncio.run(main())
