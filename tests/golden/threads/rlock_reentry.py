# RLock: the owner may take it again; another thread waits until it is fully released.
import threading
import time

rl = threading.RLock()
order = []


def outer():
    with rl:
        order.append("outer")
        inner()
        time.sleep(0.01)


def inner():
    with rl:
        order.append("inner")


def other():
    time.sleep(0.001)
    with rl:
        order.append("other")


a = threading.Thread(target=outer)
b = threading.Thread(target=other)
a.start()
b.start()
a.join()
b.join()
print(order)
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
rl.release()
rl.release()
rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)


def try_release():
    try:
        rl.release()
    except RuntimeError as e:
        print("other thread:", e)


rl.acquire()
t = threading.Thread(target=try_release)
t.start()
t.join()
rl.release()
