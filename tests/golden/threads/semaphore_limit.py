# A semaphore keeps at most two workers in the guarded section at once.
import threading
import time

sem = threading.BoundedSemaphore(2)
lock = threading.Lock()
inside = 0
peak = 0


def task():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)
        with lock:
            inside -= 1


threads = [threading.Thread(target=task) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak:", peak, "inside:", inside)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print("non-blocking:", s.acquire(blocking=False))
print("timeout:", s.acquire(timeout=0.01))
threading.Timer(0.01, s.release).start()
print("released by timer:", s.acquire(timeout=5))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
