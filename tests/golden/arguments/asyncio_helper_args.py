# Helper functions of asyncio called wrongly from inside a running program.
import asyncio

def attempt(label, f, /, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", r if isinstance(r, (bool, set, type(None))) else type(r).__name__)
    except (TypeError, RuntimeError, ValueError) as e:
        print(label, f"{type(e).__name__}:", e)

async def job():
    return 1

async def main():
    attempt("iscoroutine()", asyncio.iscoroutine)
    attempt("iscoroutine(1, 2)", asyncio.iscoroutine, 1, 2)
    attempt("iscoroutine(x=1)", asyncio.iscoroutine, x=1)
    attempt("iscoroutinefunction()", asyncio.iscoroutinefunction)
    attempt("iscoroutinefunction(job)", asyncio.iscoroutinefunction, job)
    attempt("iscoroutinefunction(func=job)", asyncio.iscoroutinefunction, func=job)
    attempt("isfuture()", asyncio.isfuture)
    attempt("isfuture(obj=1)", asyncio.isfuture, obj=1)
    attempt("current_task(1, 2)", asyncio.current_task, 1, 2)
    attempt("current_task(lop=1)", asyncio.current_task, lop=1)
    attempt("all_tasks(1, 2)", asyncio.all_tasks, 1, 2)
    attempt("all_tasks(lop=1)", asyncio.all_tasks, lop=1)
    attempt("ensure_future()", asyncio.ensure_future)
    attempt("ensure_future(1, 2)", asyncio.ensure_future, 1, 2)
    attempt("wrap_future()", asyncio.wrap_future)
    attempt("new_event_loop(1)", asyncio.new_event_loop, 1)
    attempt("set_event_loop()", asyncio.set_event_loop)
    await asyncio.sleep(0)

asyncio.run(main())
