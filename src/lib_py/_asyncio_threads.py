"""The thread side of asyncio: the loop's default executor (a `ThreadPoolExecutor`),
`run_in_executor`, `to_thread`, and `wrap_future` of a `concurrent.futures.Future`. A worker
thread hands its result to the loop with `call_soon_threadsafe`, which wakes the loop."""

import asyncio as _asyncio
import concurrent.futures as _cf
import contextvars as _contextvars
import functools as _functools

_default_executor = None


def _copy_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(exc)
    else:
        dest.set_result(source.result())


def wrap_future(future, loop):
    """An asyncio future of `loop` that ends as `future` (a concurrent one) ends."""
    if not isinstance(future, _cf.Future):
        raise AssertionError(f"concurrent.futures.Future is expected, got {future!r}")
    out = loop.create_future()

    def done(f):
        if not loop.is_closed():
            loop.call_soon_threadsafe(_copy_state, f, out)

    def cancelled(f):
        if f.cancelled():
            future.cancel()

    out.add_done_callback(cancelled)
    future.add_done_callback(done)
    return out


def _end_concurrent(task, future):
    # The task has ended: its outcome goes to the concurrent future, unless that was cancelled.
    if task.cancelled():
        future.cancel()
    if not future.set_running_or_notify_cancel():
        return
    exc = task.exception()
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(task.result())


def run_coroutine_threadsafe(coro, loop):
    if not _asyncio.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = _cf.Future()

    def start():
        try:
            task = _asyncio.ensure_future(coro, loop=loop)
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise
        task.add_done_callback(lambda t: _end_concurrent(t, future))

        def cancelled(f):
            if f.cancelled() and not loop.is_closed():
                loop.call_soon_threadsafe(task.cancel)

        future.add_done_callback(cancelled)

    loop.call_soon_threadsafe(start)
    return future


def run_in_executor(loop, executor, func, *args):
    if _asyncio.iscoroutine(func) or _asyncio.iscoroutinefunction(func):
        raise TypeError("coroutines cannot be used with run_in_executor()")
    if executor is None:
        global _default_executor
        if _default_executor is None:
            _default_executor = _cf.ThreadPoolExecutor(thread_name_prefix="asyncio")
        executor = _default_executor
    out = wrap_future(executor.submit(func, *args), loop)
    _asyncio._label_wait(out, f"run_in_executor({_name_of(func)})")
    return out


def _name_of(func):
    name = getattr(func, "__qualname__", None)
    return name if isinstance(name, str) else type(func).__name__


def to_thread(loop, func, args, kwargs):
    ctx = _contextvars.copy_context()
    call = _functools.partial(ctx.run, func, *args, **kwargs)
    out = run_in_executor(loop, None, call)
    _asyncio._label_wait(out, f"to_thread({_name_of(func)})")
    return out


def shutdown_default_executor():
    """What `asyncio.run` does last: the default executor's threads finish."""
    global _default_executor
    executor, _default_executor = _default_executor, None
    if executor is not None:
        executor.shutdown(wait=True)
