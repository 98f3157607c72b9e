# A pool of worker threads taking jobs from one queue; results gathered in a second queue.
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = jobs.get()
        if n is None:
            break
        results.put((n, sum(range(n))))
        jobs.task_done()


workers = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(3)]
for w in workers:
    w.start()
for n in range(1, 21):
    jobs.put(n)
jobs.join()
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(sorted(out))
print([w.name for w in workers], [w.is_alive() for w in workers])

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in (3, 1, 2):
    lifo.put(x)
    prio.put(x)
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])
sq = queue.SimpleQueue()
t = threading.Thread(target=lambda: [sq.put(i) for i in range(3)])
t.start()
print([sq.get() for _ in range(3)], sq.empty())
t.join()
