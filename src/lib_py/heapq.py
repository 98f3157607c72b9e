"""Heap queues: the heap operations are native (`_heapq`, with Python ones below for when it
is blocked); `merge`, `nlargest` and `nsmallest` are built on them here."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# The heap operations in Python, for when the native `_heapq` is blocked (a test putting None
# in `sys.modules['_heapq']`); they compare items with `<` only, as the native ones do.

def _up(heap, top, pos, less):
    """Moves `heap[pos]` up towards `top` while it is less than its parent."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if less(item, heap[parent]):
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _down(heap, pos, less):
    """Moves `heap[pos]` down to a leaf along its lesser children, then up to its place."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not less(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up(heap, start, pos, less)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def heappush(heap, item):
    heap.append(item)
    _up(heap, 0, len(heap) - 1, _lt)


def _pop(heap, less):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _down(heap, 0, less)
    return top


def heappop(heap):
    return _pop(heap, _lt)


def _heappop_max(heap):
    return _pop(heap, _gt)


def _replace(heap, item, less):
    top = heap[0]
    heap[0] = item
    _down(heap, 0, less)
    return top


def heapreplace(heap, item):
    return _replace(heap, item, _lt)


def _heapreplace_max(heap, item):
    return _replace(heap, item, _gt)


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0, _lt)
    return item


def _heapify(heap, less):
    for pos in reversed(range(len(heap) // 2)):
        _down(heap, pos, less)


def heapify(heap):
    _heapify(heap, _lt)


def _heapify_max(heap):
    _heapify(heap, _gt)


try:
    from _heapq import *
    from _heapq import _heapify_max, _heappop_max, _heapreplace_max
except ImportError:
    pass


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
