import asyncio


def a(fut):
    print("a")


def b(fut):
    print("b")


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print(fut.remove_done_callback(a))
    print(fut.remove_done_callback(a))
    fut.set_result(None)
    await fut
    await asyncio.sleep(0)


asyncio.run(main())
