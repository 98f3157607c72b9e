"""multiprocessing: the pools of `multiprocessing.pool` (`Pool`, `ThreadPool`), `cpu_count` and
the module's exceptions. Processes, queues, pipes, managers and shared memory are not there:
asking for one raises NotImplementedError naming it (LIMITATIONS.md)."""

import os
import sys


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """The number of CPUs of the machine; NotImplementedError when it cannot be told."""
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError("cannot determine number of cpus")
    return n


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes (see multiprocessing.pool.Pool)."""
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


# A function or class of the main script is pickled as `__main__.name`; a worker process runs
# the script again as `__mp_main__` and names it so, which the parent then finds too.
if "__main__" in sys.modules:
    sys.modules["__mp_main__"] = sys.modules["__main__"]

_MISSING = frozenset((
    "Process", "Queue", "SimpleQueue", "JoinableQueue", "Pipe", "Manager", "Lock", "RLock",
    "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier", "Value", "Array",
    "RawValue", "RawArray", "current_process", "active_children", "parent_process",
    "get_context", "get_start_method", "get_all_start_methods", "set_start_method", "set_executable", "set_forkserver_preload",
    "freeze_support", "get_logger", "log_to_stderr", "allow_connection_pickling",
))


def __getattr__(name):
    if name in _MISSING:
        raise NotImplementedError("multiprocessing.%s is not supported by corun" % name)
    raise AttributeError("module 'multiprocessing' has no attribute %r" % name)
