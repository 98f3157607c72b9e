# A task scheduler's priority queue of (priority, seq, task) entries.
import heapq
import itertools

queue = []
counter = itertools.count()
for prio, task in [(3, "write docs"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "rest")]:
    heapq.heappush(queue, (prio, next(counter), task))
print(queue[0])
while queue:
    prio, _, task = heapq.heappop(queue)
    print(prio, task)
