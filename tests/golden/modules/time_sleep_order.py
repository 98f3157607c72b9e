import time

start = time.monotonic()
for i in range(3):
    print("tick", i)
    time.sleep(0.01)
elapsed = time.monotonic() - start
print(elapsed >= 0.03, elapsed < 5)
ns = time.perf_counter_ns()
print(isinstance(ns, int), time.perf_counter_ns() >= ns)
try:
    time.time(1)
except TypeError as e:
    print("TypeError:", e)
