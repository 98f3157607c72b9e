# What heapq refuses.
import heapq

cases = [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
         (heapq.heapify, (None,)), (heapq.heappush, ([1], "a")), (heapq.heappush, ()),
         (heapq.heappop, ([1], 2))]
for f, args in cases:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(sorted(heapq.__all__))
