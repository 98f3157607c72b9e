# Condition.wait/notify: consumers wait for items a producer adds, in order.
import threading
import time

cond = threading.Condition()
items = []
taken = []


def consumer(name):
    with cond:
        while not items:
            cond.wait()
        taken.append((name, items.pop(0)))


def producer():
    for i in range(3):
        time.sleep(0.01)
        with cond:
            items.append(i)
            cond.notify()


cs = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in cs:
    c.join()
print(sorted(v for _, v in taken))

with cond:
    print("timed out:", cond.wait(timeout=0.01))
    print("wait_for:", cond.wait_for(lambda: len(items) == 0, timeout=0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

ready = threading.Condition(threading.Lock())
state = {"n": 0}


def bump():
    for _ in range(5):
        with ready:
            state["n"] += 1
            ready.notify_all()
        time.sleep(0.001)


t = threading.Thread(target=bump)
t.start()
with ready:
    print("reached:", ready.wait_for(lambda: state["n"] == 5))
t.join()
