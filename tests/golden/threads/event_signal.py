# Event: workers wait for a start signal; wait with a timeout returns False.
import threading
import time

start = threading.Event()
arrived = []
lock = threading.Lock()


def runner(i):
    start.wait()
    with lock:
        arrived.append(i)


threads = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(0.02)
print("before set:", arrived, start.is_set())
start.set()
for t in threads:
    t.join()
print("after set:", sorted(arrived))
start.clear()
print("timeout wait:", start.wait(0.01))
print("is_set:", start.is_set())

done = threading.Event()
t = threading.Thread(target=lambda: (time.sleep(0.01), done.set()))
t.start()
print("waited:", done.wait(5))
t.join()
