"""Heap queues: the heap operations are native (`_heapq`); `merge`, `nlargest` and
`nsmallest` are built on them here."""

from _heapq import *
from _heapq import _heapify_max, _heappop_max, _heapreplace_max

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted stream; equal items come in the order of the
    inputs that hold them."""
    if reverse:
        make, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make, pop, replace, sign = heapify, heappop, heapreplace, 1
    # Each entry is [sort key, input number, value, iterator]: the input number breaks ties,
    # so values and iterators are never compared.
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append([value if key is None else key(value), order * sign, value, it])
            break
    make(heap)
    while len(heap) > 1:
        top = heap[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            replace(heap, top)
            break
        else:
            pop(heap)
    if heap:
        top = heap[0]
        yield top[2]
        yield from top[3]


def _select(n, iterable, key, largest):
    if n == 1:
        it = iter(iterable)
        missing = object()
        pick = max if largest else min
        if key is None:
            best = pick(it, default=missing)
        else:
            best = pick(it, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=largest)[:n]


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)
