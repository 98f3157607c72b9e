# A barrier lines threads up between phases; the action runs once per phase.
import threading

phases = []
lock = threading.Lock()
b = threading.Barrier(3, action=lambda: phases.append("---"))
log = []


def worker(i):
    for phase in range(2):
        with lock:
            log.append((phase, i))
        b.wait()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(phases), sorted(log))
print(b.parties, b.n_waiting, b.broken)

b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken after timeout:", b2.broken)
b2.reset()
print("after reset:", b2.broken)
