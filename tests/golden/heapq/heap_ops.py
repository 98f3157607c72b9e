# heapify, heappush, heappop, heapreplace, heappushpop keep the heap invariant.
import heapq
import random

random.seed(7)
data = [random.randrange(100) for _ in range(25)]
h = list(data)
heapq.heapify(h)
print(h)
print(all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
print(heapq.heapreplace(h, 42), h[0])
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 1000), h[0])
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(out), out)
h2 = []
for x in data:
    heapq.heappush(h2, x)
print(h2)
print(heapq.heappushpop([], 5))
