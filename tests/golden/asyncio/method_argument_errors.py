# A small job runner that exercises asyncio's primitives and reports every misuse it
# meets: methods taken from their class and called without an instance, and calls with
# wrong arguments. The messages must be CPython's, whichever class defines the method.
import asyncio


def report(label, call):
    try:
        call()
    except TypeError as e:
        print(f"{label:32} TypeError: {e}")
    else:
        print(f"{label:32} ok")


UNBOUND = [
    ("Event.set", lambda: asyncio.Event.set()),
    ("Event.wait", lambda: asyncio.Event.wait()),
    ("Lock.acquire", lambda: asyncio.Lock.acquire()),
    ("Lock.locked", lambda: asyncio.Lock.locked()),
    ("Semaphore.release", lambda: asyncio.Semaphore.release()),
    ("BoundedSemaphore.acquire", lambda: asyncio.BoundedSemaphore.acquire()),
    ("BoundedSemaphore.release", lambda: asyncio.BoundedSemaphore.release()),
    ("Condition.wait_for", lambda: asyncio.Condition.wait_for()),
    ("Condition.notify", lambda: asyncio.Condition.notify()),
    ("Queue.put", lambda: asyncio.Queue.put()),
    ("LifoQueue.get_nowait", lambda: asyncio.LifoQueue.get_nowait()),
    ("PriorityQueue.put_nowait", lambda: asyncio.PriorityQueue.put_nowait()),
    ("Future.result", lambda: asyncio.Future.result()),
    ("Task.result", lambda: asyncio.Task.result()),
    ("Task.add_done_callback", lambda: asyncio.Task.add_done_callback()),
    ("Task.get_loop", lambda: asyncio.Task.get_loop()),
    ("Handle.cancel", lambda: asyncio.Handle.cancel()),
    ("TimerHandle.cancel", lambda: asyncio.TimerHandle.cancel()),
    ("TimerHandle.cancelled", lambda: asyncio.TimerHandle.cancelled()),
    ("Timeout.reschedule", lambda: asyncio.Timeout.reschedule()),
]


async def misuse(loop):
    ev = asyncio.Event()
    lock = asyncio.Lock()
    q = asyncio.Queue()
    cond = asyncio.Condition()
    report("ev.set(1)", lambda: ev.set(1))
    report("ev.wait(timeout=1)", lambda: ev.wait(timeout=1))
    report("lock.acquire(True)", lambda: lock.acquire(True))
    report("q.put()", lambda: q.put())
    report("q.put_nowait(1, 2)", lambda: q.put_nowait(1, 2))
    report("q.get_nowait(block=False)", lambda: q.get_nowait(block=False))
    report("cond.notify(1, 2)", lambda: cond.notify(1, 2))
    report("loop.call_soon()", lambda: loop.call_soon())
    report("loop.call_later(1)", lambda: loop.call_later(1))
    report("loop.time(1)", lambda: loop.time(1))
    report("loop.set_debug()", lambda: loop.set_debug())
    report("loop.run_in_executor(None)", lambda: loop.run_in_executor(None))
    report("loop.create_task()", lambda: loop.create_task())

    # Arguments given by keyword reach the method as by position.
    q.put_nowait(item="job-1")
    await q.put(item="job-2")
    async with cond:
        cond.notify(n=2)
        print("waited:", await cond.wait_for(predicate=lambda: True))
    print("queued:", q.get_nowait(), q.get_nowait())
    h = loop.call_soon(print, "callback ran")
    await asyncio.sleep(0)
    print("handle cancelled:", h.cancelled())


def main():
    for label, call in UNBOUND:
        report(label, call)
    loop = asyncio.new_event_loop()
    for name in ["call_soon", "run_until_complete", "close", "sock_recv", "add_reader"]:
        report(f"loop class .{name}", lambda: getattr(type(loop), name)())
    try:
        loop.run_until_complete(misuse(loop))
    finally:
        loop.close()


main()
