"""`threading` for a program that runs on one thread.

corun runs Python on one thread. What a single-threaded program does with this module works
as in CPython: the main thread's object, locks, conditions, semaphores, events, barriers of
one party, thread-local data. Starting a thread raises NotImplementedError, and so does a wait
that only another thread could end (acquiring a lock the program already holds, waiting on an
event nobody can set): CPython would wait for ever there. A wait with a timeout waits that long
and gives up, as CPython's does when nothing happens."""

import os as _os
import time as _time

__all__ = ["get_ident", "get_native_id", "active_count", "activeCount", "Condition",
           "current_thread", "currentThread", "enumerate", "main_thread", "TIMEOUT_MAX",
           "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
           "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "setprofile",
           "settrace", "local", "stack_size", "excepthook", "gettrace", "getprofile"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

# What CPython's main thread ident looks like (a pthread handle); fixed, as there is one thread.
_MAIN_IDENT = 140000000000000 + _os.getpid()


def _never(what):
    raise NotImplementedError(
        f"{what} would wait for ever: corun runs one thread, so no other thread can end "
        f"the wait")


def _wait_out(timeout):
    """A wait nobody can end: for `timeout` seconds, or for ever (refused)."""
    if timeout is None or timeout < 0:
        return False
    _time.sleep(timeout)
    return False


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return _os.getpid()


class Thread:
    """A thread object. `start()` raises NotImplementedError: corun runs one thread."""

    _count = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if name is None:
            Thread._count += 1
            name = f"Thread-{Thread._count}"
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        else:
            name = str(name)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemon = bool(daemon) if daemon is not None else False
        self._started = False

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemon = bool(value)

    @property
    def ident(self):
        return None

    native_id = ident

    def is_alive(self):
        return False

    def isDaemon(self):
        return self._daemon

    def setDaemon(self, value):
        self.daemon = value

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        raise NotImplementedError("threading.Thread.start: corun runs one thread")

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        raise RuntimeError("cannot join thread before it is started")

    def __repr__(self):
        status = "initial"
        if self._daemon:
            status += " daemon"
        return f"<{type(self).__name__}({self._name}, {status})>"


class _MainThread(Thread):
    def __init__(self):
        self._name = "MainThread"
        self._daemon = False
        self._started = True
        self._target = None

    @property
    def ident(self):
        return _MAIN_IDENT

    @property
    def native_id(self):
        return _os.getpid()

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join current thread")

    def __repr__(self):
        return f"<_MainThread(MainThread, started {_MAIN_IDENT})>"


_main = _MainThread()


def current_thread():
    return _main


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main]


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self, target=function, args=args or (), kwargs=kwargs)
        self.interval = interval

    def cancel(self):
        pass


class _Lock:
    """`threading.Lock()`."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        if timeout == -1:
            _never("acquiring a lock the program holds")
        return _wait_out(timeout)

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    def locked(self):
        return self._held

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        state = "locked" if self._held else "unlocked"
        return f"<{state} _thread.lock object at {hex(id(self))}>"


def Lock():
    return _Lock()


class _RLock:
    """`threading.RLock()`: the one thread may take it again."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        owner = _MAIN_IDENT if self._count else 0
        return (f"<{state} _thread.RLock object owner={owner} count={self._count} "
                f"at {hex(id(self))}>")


def RLock(*args, **kwargs):
    return _RLock()


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def _owned(self):
        if isinstance(self._lock, _RLock):
            return self._lock._is_owned()
        return self._lock.locked()

    def wait(self, timeout=None):
        if not self._owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            _never("Condition.wait() without a timeout")
        return _wait_out(timeout)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            _never("Condition.wait_for() of a false predicate without a timeout")
        _wait_out(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    notifyAll = notify_all

    def __repr__(self):
        return f"<Condition({self._lock}, 0)>"


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _never("acquiring a semaphore at zero")
        return _wait_out(timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: "
                f"value={self._value}>")


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n

    def __repr__(self):
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: "
                f"value={self._value}/{self._initial_value}>")


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _never("Event.wait() on an event that is not set, without a timeout,")
        return _wait_out(timeout)

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: {status}>"


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action:
                self._action()
            return 0
        timeout = self._timeout if timeout is None else timeout
        if timeout is None:
            _never("Barrier.wait() for more than one party")
        _wait_out(timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


class local:
    """Thread-local data: with one thread, an object of its own attributes."""

    def __repr__(self):
        return f"<_thread._local object at {hex(id(self))}>"


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    import traceback
    import sys
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback)


__excepthook__ = excepthook
_trace = None
_profile = None


def settrace(func):
    global _trace
    _trace = func


def gettrace():
    return _trace


def setprofile(func):
    global _profile
    _profile = func


def getprofile():
    return _profile


def stack_size(size=0):
    if size:
        raise NotImplementedError("threading.stack_size: corun runs one thread")
    return 0
