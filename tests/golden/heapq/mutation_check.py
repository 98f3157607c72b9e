# A comparison that changes the heap is caught.
import heapq


class Evil:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v

    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v


h = []
h.append(Evil(h, 2))
try:
    heapq.heappush(h, Evil(h, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(h))
