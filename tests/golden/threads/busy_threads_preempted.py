# A thread spinning in a loop does not keep the others from running: it is switched out
# periodically, as CPython's threads are.
import threading
import time

stop = False
spins = 0


def spinner():
    global spins
    while not stop:
        spins += 1


t = threading.Thread(target=spinner)
t.start()
time.sleep(0.02)
stop = True
t.join()
print("spinner stopped, spun:", spins > 0)

flag = threading.Event()
count = [0]


def busy_until_flag():
    while not flag.is_set():
        count[0] += 1


def setter():
    time.sleep(0.01)
    flag.set()


a = threading.Thread(target=busy_until_flag)
b = threading.Thread(target=setter)
a.start()
b.start()
a.join()
b.join()
print("flag seen after", "some" if count[0] else "no", "spins")
