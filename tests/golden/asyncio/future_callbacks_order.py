# Done callbacks run in the order they were added, after the future completes.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for n in range(3):
        f.add_done_callback(lambda fut, n=n: print("cb", n, fut.result()))
    print("setting")
    f.set_result("r")
    print("set")
    await asyncio.sleep(0)
    print("after one iteration")


asyncio.run(main())
