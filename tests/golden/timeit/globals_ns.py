# Timing code that uses the caller's names, via globals= or a setup import.
import timeit

data = list(range(100))


def total(xs):
    return sum(xs)


print(timeit.timeit("total(data)", globals=globals(), number=5) >= 0)
try:
    timeit.timeit("total(data)", number=1)
except NameError as e:
    print("NameError:", e)
print(timeit.timeit("math.sqrt(4)", setup="import math", number=3) >= 0)
print(timeit.timeit("from __main__ import total, data; total(data)", number=2) >= 0)
ns = {"log": []}
timeit.timeit("log.append(len(log))", globals=ns, number=4)
print(ns["log"])
res = timeit.repeat("pass", repeat=4, number=10)
print(len(res), all(x >= 0 for x in res))
print(timeit.Timer().timeit(number=0) >= 0)
