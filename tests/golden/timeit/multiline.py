# Multi-line statements and setups, with indentation kept.
import timeit

clock_t = [0]


def clock():
    clock_t[0] += 1
    return clock_t[0]


stmt = """
total = 0
for i in range(3):
    if i % 2:
        total += i
    else:
        total -= i
result.append(total)
"""
result = []
t = timeit.Timer(stmt, setup="result = []\nextra = 1", timer=clock)
print(t.timeit(2))
g = {"result": result}
timeit.Timer(stmt, timer=clock, globals=g).timeit(3)
print(result)
try:
    timeit.Timer("x = 1", setup="  bad indent")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    timeit.Timer("break")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
