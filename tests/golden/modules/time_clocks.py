import time

t0 = time.time()
print(t0 > 1_600_000_000, type(time.time_ns()).__name__)
p = time.perf_counter()
m = time.monotonic()
time.sleep(0.05)
print(time.perf_counter() - p >= 0.05, time.monotonic() - m >= 0.05)
print(time.perf_counter_ns() > 0, time.monotonic_ns() > 0, time.process_time() >= 0)
time.sleep(0)
print("done")
