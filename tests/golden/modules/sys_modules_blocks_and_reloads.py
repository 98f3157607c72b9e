# sys.modules as a program changes it: None blocks an import (the way test suites force the
# pure-Python fallback of a module), a module taken out is imported afresh, and a module put
# there is what `import` gives.
import sys
import types

import heapq
original = heapq
print(type(heapq.heappush).__name__)

del sys.modules["heapq"]
sys.modules["_heapq"] = None
import heapq
print(heapq is original, type(heapq.heappush).__name__)
jobs = []
for prio, name in [(3, "lint"), (1, "build"), (2, "test"), (1, "fetch")]:
    heapq.heappush(jobs, (prio, name))
print([heapq.heappop(jobs) for _ in range(len(jobs))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(heapq.heappushpop(data, 5), heapq.heapreplace(data, 0), sorted(data))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], reverse=False)), heapq.nlargest(2, [5, 1, 8, 3]))

try:
    import _heapq
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _heapq import heappush
except ImportError as e:
    print(type(e).__name__, e)

del sys.modules["_heapq"]
del sys.modules["heapq"]
import heapq
print(heapq is original, type(heapq.heappush).__name__)

fake = types.ModuleType("settings")
fake.DEBUG = True
sys.modules["settings"] = fake
import settings
print(settings is fake, settings.DEBUG)

import bisect
import _bisect
print(_bisect.bisect_left([1, 3, 5], 3), hasattr(_bisect, "insort"), _bisect.insort_left is bisect.insort_left, bisect.bisect([1, 2], 1))
