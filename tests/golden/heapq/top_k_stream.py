# Keeping the k largest items of a stream with a bounded heap.
import heapq
import random

random.seed(3)
k = 5
heap = []
for _ in range(200):
    x = random.randint(0, 10_000)
    if len(heap) < k:
        heapq.heappush(heap, x)
    else:
        heapq.heappushpop(heap, x)
print(sorted(heap, reverse=True))
random.seed(3)
print(heapq.nlargest(5, (random.randint(0, 10_000) for _ in range(200))))
