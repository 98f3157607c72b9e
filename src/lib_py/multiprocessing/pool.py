"""multiprocessing.pool: `Pool`, whose workers are processes, and `ThreadPool`, whose workers
are threads, with CPython's methods (apply, map, imap, imap_unordered, starmap and their
`_async` forms, close, terminate, join) and results (`AsyncResult`, the imap iterators).

A worker process of `Pool` is a new corun started for it (as CPython's "spawn" start method,
where CPython's default on Linux is "fork"): it runs the main script again under the name
`__mp_main__` (so the script's `if __name__ == "__main__":` part does not run), with the
parent's sys.path, sys.argv and working directory, then runs the tasks it is sent. What the
script defines is named `__mp_main__`'s there (as under "spawn"; the parent knows that name
too). Tasks and
results go over a socket, pickled: a function must be importable by name (a module's, or one of
the main script's), and the worker sees the main script's globals as the script leaves them,
not as the parent has changed them since. The threads that feed the workers and collect their
results are threads of the parent (see LIMITATIONS.md, "Threads")."""

import collections
import itertools
import os
import pickle
import queue
import socket
import sys
import threading

from multiprocessing import TimeoutError

__all__ = ["Pool", "ThreadPool"]

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """A result the worker could not pickle to send back."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


# --- results -------------------------------------------------------------------------------

class ApplyResult:
    """What apply_async returns: the one result of one call, once a worker has made it."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, outcome):
        self._success, self._value = outcome
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._cache.pop(self._job, None)
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """What map_async returns: the list of results, ready once every chunk has come back; the
    first error of a chunk is the error of the whole."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._chunks_left = 0
            self._event.set()
            self._cache.pop(self._job, None)
        else:
            self._chunks_left = -(-length // chunksize)

    def _set(self, i, outcome):
        self._chunks_left -= 1
        ok, value = outcome
        if ok and self._success:
            start = i * self._chunksize
            self._value[start:start + self._chunksize] = value
        elif not ok and self._success:
            self._success = False
            self._value = value
        if self._chunks_left == 0:
            if self._success and self._callback:
                self._callback(self._value)
            elif not self._success and self._error_callback:
                self._error_callback(self._value)
            self._cache.pop(self._job, None)
            self._event.set()
            self._pool = None


class IMapIterator:
    """What imap returns: the results in the order of the arguments, each as soon as it and
    those before it are there. `next(timeout)` raises TimeoutError when the next one is late."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._waiting = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def _take(self):
        if self._items:
            return self._items.popleft()
        if self._index == self._length:
            self._pool = None
            raise StopIteration
        return None

    def next(self, timeout=None):
        with self._cond:
            item = self._take()
            while item is None:
                self._cond.wait(timeout)
                item = self._take()
                if item is None and timeout is not None:
                    raise TimeoutError
        ok, value = item
        if ok:
            return value
        raise value

    __next__ = next

    def _set(self, i, outcome):
        with self._cond:
            if i != self._index:
                self._waiting[i] = outcome
                return
            self._items.append(outcome)
            self._index += 1
            while self._index in self._waiting:
                self._items.append(self._waiting.pop(self._index))
                self._index += 1
            self._cond.notify()
            self._finish_if_done()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == length:
                self._cond.notify()
            self._finish_if_done()

    def _finish_if_done(self):
        if self._index == self._length:
            self._cache.pop(self._job, None)


class IMapUnorderedIterator(IMapIterator):
    """What imap_unordered returns: the results in the order the workers finish them."""

    def _set(self, i, outcome):
        with self._cond:
            self._items.append(outcome)
            self._index += 1
            self._cond.notify()
            self._finish_if_done()


# --- the pools -----------------------------------------------------------------------------

class Pool:
    """A pool of worker processes, each a corun of its own (see the module's docstring)."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        self._state = INIT
        self._pool = []
        self._cache = {}
        if context is not None:
            raise NotImplementedError("multiprocessing.pool.Pool(context=...) is not "
                                      "supported by corun")
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._workers = set()
        self._taskqueue = queue.SimpleQueue()
        self._inqueue = queue.SimpleQueue()
        self._start_workers()
        self._task_handler = threading.Thread(target=self._handle_tasks, daemon=True)
        self._task_handler.start()
        self._state = RUN

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} "
                f"state={self._state} pool_size={len(self._pool)}>")

    def _start_workers(self):
        # What the worker threads import to start their processes, imported once here: a
        # worker process itself needs neither.
        import subprocess  # noqa: F401
        import tempfile  # noqa: F401
        for _ in range(self._processes):
            w = threading.Thread(target=self._work, daemon=True)
            self._pool.append(w)
            w.start()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _deliver(self, job, i, outcome):
        if self._state == TERMINATE:
            return
        result = self._cache.get(job)
        if result is not None:
            result._set(i, outcome)

    def _handle_tasks(self):
        """Takes each batch of tasks off the task queue and hands its tasks to the workers one
        by one, consuming the caller's iterable only as it goes; a None ends the pool."""
        while True:
            batch = self._taskqueue.get()
            if batch is None:
                break
            tasks, set_length = batch
            count = 0
            for task in tasks:
                if self._state == TERMINATE:
                    break
                count = task[1] + 1
                if task[2] is None:
                    # The caller's iterable raised: the error is the result of that place.
                    self._deliver(task[0], task[1], (False, task[3]))
                else:
                    self._inqueue.put(task)
            else:
                if set_length:
                    set_length(count)
                continue
            break
        for _ in self._pool:
            self._inqueue.put(None)

    def _work(self):
        """One worker thread: starts a worker process and passes it tasks until the pool ends,
        starting a new one after maxtasksperchild tasks."""
        while self._state != TERMINATE:
            worker = _WorkerProcess(self._workers)
            try:
                worker.start(self._initializer, self._initargs)
            except BaseException:
                worker.stop()
                if self._state == TERMINATE:
                    # terminate() killed the process as it started: nothing went wrong.
                    return
                raise
            done = 0
            try:
                while self._maxtasksperchild is None or done < self._maxtasksperchild:
                    task = self._inqueue.get()
                    if task is None or self._state == TERMINATE:
                        return
                    job, i, func, args, kwds = task
                    self._deliver(job, i, worker.run(func, args, kwds))
                    if worker.dead:
                        break
                    done += 1
            finally:
                worker.stop()

    @staticmethod
    def _tasks(job, func, iterable):
        i = -1
        try:
            for i, x in enumerate(iterable):
                yield (job, i, func, (x,), {})
        except Exception as e:
            yield (job, i + 1, None, e, None)

    @staticmethod
    def _chunks(func, iterable, size):
        it = iter(iterable)
        while True:
            chunk = tuple(itertools.islice(it, size))
            if not chunk:
                return
            yield (func, chunk)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        if chunksize is None:
            chunksize = -(-len(iterable) // (len(self._pool) * 4))
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        batches = self._chunks(func, iterable, chunksize) if chunksize > 0 else ()
        self._taskqueue.put((self._tasks(result._job, mapper, batches), None))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def _imap(self, kind, func, iterable, chunksize):
        self._check_running()
        result = kind(self)
        if chunksize == 1:
            self._taskqueue.put((self._tasks(result._job, func, iterable), result._set_length))
            return result
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        batches = self._chunks(func, iterable, chunksize)
        self._taskqueue.put((self._tasks(result._job, mapstar, batches), result._set_length))
        return (item for chunk in result for item in chunk)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._taskqueue.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        was_running = self._state == RUN
        self._state = TERMINATE
        while True:
            try:
                self._inqueue.get_nowait()
            except queue.Empty:
                break
        if was_running:
            self._taskqueue.put(None)
        for _ in self._pool:
            self._inqueue.put(None)
        self._stop_workers()
        self._join_threads()

    def _stop_workers(self):
        for w in list(self._workers):
            w.kill()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._join_threads()

    def _join_threads(self):
        if self._task_handler is not threading.current_thread():
            self._task_handler.join()
        for w in self._pool:
            if w is not threading.current_thread():
                w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc_info):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError("pool objects cannot be passed between processes or pickled")


class ThreadPool(Pool):
    """A pool whose workers are threads of this process: functions need not be picklable."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes, initializer, initargs)

    def _work(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        while True:
            task = self._inqueue.get()
            if task is None or self._state == TERMINATE:
                return
            job, i, func, args, kwds = task
            try:
                outcome = (True, func(*args, **kwds))
            except Exception as e:
                outcome = (False, e)
            self._deliver(job, i, outcome)

    def _stop_workers(self):
        pass


# --- worker processes ----------------------------------------------------------------------

def _send(conn, obj):
    _send_bytes(conn, pickle.dumps(obj, pickle.HIGHEST_PROTOCOL))


def _send_bytes(conn, data):
    conn.sendall(len(data).to_bytes(8, "big") + data)


def _recv_exactly(conn, n):
    parts = []
    while n:
        part = conn.recv(min(n, 1 << 20))
        if not part:
            raise EOFError
        parts.append(part)
        n -= len(part)
    return b"".join(parts)


def _recv_bytes(conn):
    return _recv_exactly(conn, int.from_bytes(_recv_exactly(conn, 8), "big"))


def _error_outcome(e):
    """(False, e) with the worker's traceback as text, to become the error's cause in the
    parent, as CPython's RemoteTraceback."""
    import traceback
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    return (False, e, text)


class _WorkerProcess:
    """The parent's end of one worker process."""

    def __init__(self, registry):
        self.registry = registry
        self.proc = self.conn = None
        self.dead = False
        registry.add(self)

    def start(self, initializer, initargs):
        import subprocess
        import tempfile
        folder = tempfile.mkdtemp(prefix="corun-pool-")
        path = os.path.join(folder, "worker")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(path)
            listener.listen(1)
            sys.stdout.flush()
            sys.stderr.flush()
            self.proc = subprocess.Popen(
                [sys.executable, "-c", "from multiprocessing.pool import _worker_main; "
                 "_worker_main()", path],
                stdin=subprocess.DEVNULL)
            listener.settimeout(0.05)
            while self.conn is None:
                try:
                    self.conn, _ = listener.accept()
                except socket.timeout:
                    if self.proc.poll() is not None:
                        raise RuntimeError("a worker process of the pool ended as it started")
            self.conn.settimeout(None)
        finally:
            listener.close()
            try:
                os.unlink(path)
            except OSError:
                pass
            os.rmdir(folder)
        main = sys.modules.get("__main__")
        _send(self.conn, {
            "main_path": getattr(main, "__file__", None),
            "sys_path": list(sys.path),
            "argv": list(sys.argv),
            "dir": os.getcwd(),
        })
        _send(self.conn, (initializer, initargs))

    def run(self, func, args, kwds):
        try:
            data = pickle.dumps((func, args, kwds), pickle.HIGHEST_PROTOCOL)
        except Exception as e:
            return (False, e)
        try:
            _send_bytes(self.conn, data)
        except OSError:
            self.dead = True
            return (False, RuntimeError("a worker process of the pool ended while running a task"))
        try:
            outcome = pickle.loads(_recv_bytes(self.conn))
        except (EOFError, OSError):
            self.dead = True
            return (False, RuntimeError("a worker process of the pool ended while running a task"))
        if len(outcome) == 3:
            e = outcome[1]
            e.__cause__ = RemoteTraceback('\n"""\n' + outcome[2] + '"""')
            return (False, e)
        return outcome

    def stop(self):
        self.registry.discard(self)
        if self.conn is not None:
            try:
                _send(self.conn, None)
            except OSError:
                pass
            self.conn.close()
        if self.proc is not None:
            self.proc.wait()

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()


def _run_main_script(path):
    import types
    module = types.ModuleType("__mp_main__")
    module.__file__ = path
    sys.modules["__mp_main__"] = sys.modules["__main__"] = module
    with open(path, "rb") as f:
        source = f.read()
    exec(compile(source, path, "exec"), module.__dict__)


def _worker_main():
    """A worker process: sets itself up as the parent says, then runs tasks until told to
    stop or the parent goes away."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.connect(sys.argv[1])
    prep = pickle.loads(_recv_bytes(conn))
    sys.path[:] = prep["sys_path"]
    sys.argv[:] = prep["argv"]
    os.chdir(prep["dir"])
    if prep["main_path"]:
        _run_main_script(prep["main_path"])
    initializer, initargs = pickle.loads(_recv_bytes(conn))
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            data = _recv_bytes(conn)
        except (EOFError, OSError):
            break
        try:
            task = pickle.loads(data)
        except Exception as e:
            _send(conn, _error_outcome(e))
            continue
        if task is None:
            break
        func, args, kwds = task
        try:
            outcome = (True, func(*args, **kwds))
        except Exception as e:
            outcome = _error_outcome(e)
        try:
            _send(conn, outcome)
        except Exception as e:
            _send(conn, (False, MaybeEncodingError(e, outcome[1])))
    conn.close()
