import asyncio
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("resource freed:", self.name)


async def wait_forever(fut, res):
    try:
        await fut
    finally:
        print("finally in", res.name)


async def main():
    loop = asyncio.get_running_loop()
    # A task waiting on a future that nothing else holds: garbage once dropped.
    t = asyncio.create_task(wait_forever(loop.create_future(), Resource("orphan")))
    await asyncio.sleep(0)
    wt = weakref.ref(t)
    del t
    print("collected something:", gc.collect() > 0, "task gone:", wt() is None)

    # A task whose waiter is held elsewhere stays.
    fut = loop.create_future()
    t2 = asyncio.create_task(wait_forever(fut, Resource("kept")))
    await asyncio.sleep(0)
    wt2 = weakref.ref(t2)
    del t2
    gc.collect()
    print("task kept:", wt2() is not None)
    fut.set_result(None)
    await asyncio.sleep(0)
    print("task done:", wt2() is None or wt2().done())

    # A generator suspended in a cycle is closed when collected: its finally runs.
    def gen(box):
        try:
            yield 1
        finally:
            print("generator finally, box size", len(box))

    box = []
    g = gen(box)
    next(g)
    box.append(g)
    del g, box
    gc.collect()
    print("after generator")

    # An async generator suspended in a cycle is closed through the loop.
    async def agen(box):
        try:
            yield 1
        finally:
            print("async generator finally, box size", len(box))

    box = []
    ag = agen(box)
    await ag.__anext__()
    box.append(ag)
    del ag, box
    gc.collect()
    print("after async generator")


asyncio.run(main())
print("end")
