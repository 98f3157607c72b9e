# Bad statements given to timeit: what goes wrong and where.
import timeit

for stmt, setup in [(5, "pass"), ("pass", 5), (None, "pass")]:
    try:
        timeit.Timer(stmt, setup)
    except ValueError as e:
        print("ValueError:", e)
for stmt in ["x = ", "return 1", "  indented", "def f(:"]:
    try:
        timeit.Timer(stmt)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    timeit.timeit("1/0", number=3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
try:
    timeit.timeit(lambda: int("x"), number=1)
except ValueError as e:
    print("ValueError:", e)
print(timeit.timeit("pass", setup=lambda: None, number=2) >= 0)
t = timeit.Timer("a + b", "a, b = 1, 2")
print(t.timeit(10) >= 0)
