# A timing helper comparing implementations, with a fake clock so the numbers are exact.
import timeit


class FakeClock:
    def __init__(self):
        self.t = 0.0
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.t += 0.25
        return self.t


clock = FakeClock()
print(timeit.timeit("sum(range(10))", number=100, timer=clock))
print(timeit.repeat("x = 1", repeat=3, number=10, timer=clock))
print(clock.calls)

counter = {"n": 0}


def work():
    counter["n"] += 1


t = timeit.Timer(work, timer=clock)
print(t.timeit(number=7), counter["n"])
print(t.repeat(repeat=2, number=3), counter["n"])
print(t.autorange())
print(counter["n"])

calls = []
print(timeit.Timer("pass", timer=FakeClock()).autorange(lambda n, dt: calls.append((n, dt))))
print(calls)

data = {"total": 0}
t = timeit.Timer("total += i", setup="total = 0\ni = 5", timer=clock)
print(t.timeit(4))
g = {"items": [3, 1, 2], "out": []}
timeit.timeit("out.append(sorted(items))", number=3, globals=g, timer=clock)
print(g["out"])
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
elapsed = timeit.timeit("pass", number=1000)
print(type(elapsed).__name__, elapsed >= 0)
