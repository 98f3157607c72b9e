"""`queue`: the queues of `queue` for a program that runs on one thread.

Putting and getting work as in CPython; a `get` from an empty queue or a `put` into a full
one that would wait for ever (no timeout) raises NotImplementedError, since corun runs one
thread and no other could end the wait; with a timeout it waits that long and raises
`Empty` or `Full`, as CPython does when nothing happens."""

import heapq as _heapq
import time as _time
from collections import deque as _deque

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."


def _stuck(what, block, timeout, exc):
    if not block:
        raise exc
    if timeout is None:
        raise NotImplementedError(
            f"{what} would wait for ever: corun runs one thread, so no other thread can end "
            f"the wait")
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    _time.sleep(timeout)
    raise exc


class Queue:
    """A first-in first-out queue, bounded when `maxsize` > 0."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            raise NotImplementedError(
                "Queue.join() with unfinished tasks would wait for ever: corun runs one thread")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _stuck("Queue.put() into a full queue", block, timeout, Full())
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            _stuck("Queue.get() from an empty queue", block, timeout, Empty())
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        raise NotImplementedError(f"{cls.__name__}[...] (generic aliases of classes written "
                                  f"in Python)")


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (`heapq`)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue."""

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            _stuck("SimpleQueue.get() from an empty queue", block, timeout, Empty())
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)
