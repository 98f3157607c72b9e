# A job runner that validates how it was configured: each misuse of the asyncio API
# it guards against must fail with the TypeError CPython gives.
import asyncio


def attempt(label, make):
    try:
        result = make()
    except TypeError as e:
        print(f"{label:40} TypeError: {e}")
        return
    if asyncio.iscoroutine(result):
        result.close()
    print(f"{label:40} ok: {type(result).__name__}")


async def job(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    c = job(1)
    attempt("sleep()", lambda: asyncio.sleep())
    attempt("sleep(1, 2, 3)", lambda: asyncio.sleep(1, 2, 3))
    attempt("sleep(1, delay=2)", lambda: asyncio.sleep(1, delay=2))
    attempt("sleep(0, result='r')", lambda: asyncio.sleep(0, result="r"))
    attempt("wait_for(c)", lambda: asyncio.wait_for(c))
    attempt("wait_for(c, 1, 2)", lambda: asyncio.wait_for(c, 1, 2))
    attempt("wait()", lambda: asyncio.wait())
    attempt("wait(fs, 1)", lambda: asyncio.wait([], 1))
    attempt("wait(fs, when=...)", lambda: asyncio.wait([], when=1))
    attempt("as_completed()", lambda: asyncio.as_completed())
    attempt("shield()", lambda: asyncio.shield())
    attempt("shield(a, b)", lambda: asyncio.shield(1, 2))
    attempt("timeout()", lambda: asyncio.timeout())
    attempt("timeout_at(1, 2)", lambda: asyncio.timeout_at(1, 2))
    attempt("gather(x=1)", lambda: asyncio.gather(x=1))
    attempt("create_task()", lambda: asyncio.create_task())
    attempt("create_task(c, x=2)", lambda: asyncio.create_task(c, x=2))
    attempt("run()", lambda: asyncio.run())
    attempt("get_running_loop(1)", lambda: asyncio.get_running_loop(1))
    attempt("get_running_loop(x=1)", lambda: asyncio.get_running_loop(x=1))
    attempt("Future(1)", lambda: asyncio.Future(1))
    attempt("Future(x=1)", lambda: asyncio.Future(x=1))
    attempt("Task()", lambda: asyncio.Task())
    attempt("Task(c, 2)", lambda: asyncio.Task(c, 2))
    attempt("to_thread()", lambda: asyncio.to_thread())
    c.close()
    loop = asyncio.get_running_loop()
    attempt("loop.create_task()", lambda: loop.create_task())
    attempt("loop.call_soon()", lambda: loop.call_soon())
    attempt("loop.call_soon(print, x=1)", lambda: loop.call_soon(print, x=1))
    attempt("Lock(1)", lambda: asyncio.Lock(1))
    attempt("Lock(loop=1)", lambda: asyncio.Lock(loop=1))
    attempt("Event(1)", lambda: asyncio.Event(1))
    attempt("Semaphore(1, 2)", lambda: asyncio.Semaphore(1, 2))
    attempt("Semaphore(x=1)", lambda: asyncio.Semaphore(x=1))
    attempt("BoundedSemaphore(1, 2)", lambda: asyncio.BoundedSemaphore(1, 2))
    attempt("Condition(None, 2)", lambda: asyncio.Condition(None, 2))
    attempt("Condition(x=2)", lambda: asyncio.Condition(x=2))
    attempt("Queue(1, 2)", lambda: asyncio.Queue(1, 2))
    attempt("Queue(x=1)", lambda: asyncio.Queue(x=1))
    attempt("LifoQueue(1, 2)", lambda: asyncio.LifoQueue(1, 2))
    attempt("PriorityQueue(y=2)", lambda: asyncio.PriorityQueue(y=2))
    attempt("Barrier()", lambda: asyncio.Barrier())

    # The right calls still work.
    q = asyncio.Queue(maxsize=2)
    sem = asyncio.BoundedSemaphore(value=2)
    cond = asyncio.Condition(lock=None)
    results = await asyncio.gather(job(1), job(2), return_exceptions=True)
    print(q.maxsize, sem.locked(), cond.locked(), results)
    t = asyncio.create_task(job(5), name="five")
    print(t.get_name(), await asyncio.wait_for(t, timeout=1))
    print(await asyncio.sleep(0, result="done"))


asyncio.run(main())
