# corun-args: --virtual-time
import asyncio


async def setter(fut, v):
    await asyncio.sleep(0.01)
    fut.set_result(v)


async def main():
    loop = asyncio.get_event_loop()
    fut = loop.create_future()
    t = loop.create_task(setter(fut, "hello"), name="setter")
    print(t.get_name())
    print(await fut)
    await t
    print(loop.time() > 0)


asyncio.run(main())
