# The classic producer/consumer pair over queue.Queue, with a bounded queue and a sentinel.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
log = []


def producer(items):
    for item in items:
        q.put(item)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.001)
        log.append(item * 2)
        q.task_done()


p = threading.Thread(target=producer, args=(range(10),))
c = threading.Thread(target=consumer)
p.start()
c.start()
q.join()
p.join()
c.join()
print(log)
print("empty:", q.empty(), "size:", q.qsize())

try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
q2 = queue.Queue(1)
q2.put("x")
try:
    q2.put("y", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q2.put("y", block=False)
except queue.Full:
    print("Full at once")
