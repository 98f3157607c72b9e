# Workers compute in threads; the main thread joins them before printing.
import threading

results = {}
lock = threading.Lock()


def square_sum(name, numbers):
    total = sum(n * n for n in numbers)
    with lock:
        results[name] = total


threads = []
for i in range(5):
    t = threading.Thread(target=square_sum, args=(f"w{i}", range(i * 100, (i + 1) * 100)))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])
print("all done:", all(not t.is_alive() for t in threads))
print("active:", threading.active_count())
