"""`concurrent.futures` for a program that runs on one thread.

corun runs Python on one thread, so `ThreadPoolExecutor` runs each submitted call at once,
when it is submitted, and hands back a future that is already done (the same as corun's
`loop.run_in_executor` and `asyncio.to_thread`). A program that only submits work and
collects the results gets CPython's results; the order in which the calls' own output appears
is the order of submission. `ProcessPoolExecutor` raises NotImplementedError, and so does a
wait on a future that nothing can finish."""

import time as _time

__all__ = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
           "TimeoutError", "BrokenExecutor", "InvalidStateError", "Future", "Executor",
           "wait", "as_completed", "ThreadPoolExecutor", "ProcessPoolExecutor"]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


CancelledError.__module__ = "concurrent.futures._base"
InvalidStateError.__module__ = "concurrent.futures._base"
Error.__module__ = "concurrent.futures._base"


def _never(what):
    raise NotImplementedError(
        f"{what} would wait for ever: corun runs one thread, so nothing else can finish it")


class Future:
    """The result of a call: pending, running, cancelled or finished."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        at = hex(id(self))
        if self._state == _FINISHED:
            if self._exception is not None:
                return (f"<Future at {at} state=finished raised "
                        f"{type(self._exception).__name__}>")
            return f"<Future at {at} state=finished returned {type(self._result).__name__}>"
        state = "cancelled" if self._state == _CANCELLED_AND_NOTIFIED else self._state.lower()
        return f"<Future at {at} state={state}>"

    def _run_callbacks(self):
        for fn in self._callbacks:
            self._call_back(fn)
        self._callbacks = []

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            import sys
            import traceback
            print(f"exception calling callback for {self!r}", file=sys.stderr)
            traceback.print_exc()

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            return True
        self._state = _CANCELLED
        self._run_callbacks()
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def _wait(self, timeout):
        if self.done():
            return
        if timeout is None:
            _never("waiting on a future that is not done")
        _time.sleep(timeout)
        raise TimeoutError()

    def result(self, timeout=None):
        self._wait(timeout)
        if self.cancelled():
            raise CancelledError()
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout)
        if self.cancelled():
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        if self.done():
            self._call_back(fn)
        else:
            self._callbacks.append(fn)

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError(f"Future in unexpected state")

    def set_result(self, result):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._run_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._exception = exception
        self._state = _FINISHED
        self._run_callbacks()

    def __class_getitem__(cls, item):
        raise NotImplementedError(f"{cls.__name__}[...] (generic aliases of classes written "
                                  f"in Python)")


class Executor:
    """Runs calls: `submit`, `map`, `shutdown`."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for f in fs:
                yield f.result()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    """Runs each call at once, when it is submitted (see the module's doc)."""

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None,
                 initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = (thread_name_prefix or
                                    f"ThreadPoolExecutor-{ThreadPoolExecutor._counter - 1}")
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._shutdown = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenExecutor(self._broken)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        if not self._initialized and self._initializer is not None:
            self._initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException:
                self._broken = ("A thread initializer failed, the thread pool "
                                "is not usable anymore")
                f.set_exception(BrokenExecutor(self._broken))
                return f
        f.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            f.set_exception(exc)
        else:
            f.set_result(result)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class ProcessPoolExecutor(Executor):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("concurrent.futures.ProcessPoolExecutor: corun runs no "
                                  "other processes of itself")


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})"


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f.done()}
    not_done = fs - done
    if not not_done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f.exception() is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if timeout is None:
        _never("wait() on futures that are not done")
    _time.sleep(timeout)
    return DoneAndNotDoneFutures(done, not_done)


def as_completed(fs, timeout=None):
    fs = set(fs)
    done = [f for f in fs if f.done()]
    pending = len(fs) - len(done)
    yield from done
    if pending:
        if timeout is None:
            _never("as_completed() of futures that are not done")
        _time.sleep(timeout)
        raise TimeoutError(f"{pending} (of {len(fs)}) futures unfinished")
