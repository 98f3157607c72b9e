import asyncio


def cb(fut):
    print("callback", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb)
    fut.add_done_callback(lambda f: print("lambda", f.done()))
    print("before")
    fut.set_result(42)
    print("after set_result")
    await asyncio.sleep(0)
    print("after sleep")
    fut.add_done_callback(cb)
    print("added to done future")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
