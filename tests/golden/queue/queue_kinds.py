# The queue module's queues used from one thread: FIFO, priority, LIFO, simple; Full, Empty, task_done.
import queue

q = queue.Queue(2)
q.put(1)
q.put(2)
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full")
try:
    q.put_nowait(3)
except queue.Full:
    print("Full nowait")
print(q.get(), q.qsize(), q.empty(), q.full())
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print("Empty nowait", repr(e))
pq = queue.PriorityQueue()
for job in [(3, "low"), (1, "urgent"), (2, "normal")]:
    pq.put(job)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for x in (3, 1, 2):
    lq.put(x)
print([lq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(5)
print(sq.get(), sq.empty(), sq.qsize())
work = queue.Queue()
for item in ["a", "b", "c"]:
    work.put(item)
while not work.empty():
    item = work.get()
    print("processing", item, work.unfinished_tasks)
    work.task_done()
work.join()
try:
    work.task_done()
except ValueError as e:
    print(e)
print(issubclass(queue.Full, Exception), issubclass(queue.Empty, Exception))
