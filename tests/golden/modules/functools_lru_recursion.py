import functools


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for n in (10, 300, 490):
    print(n, fib(n))
fib.cache_clear()
try:
    fib(700)
except RecursionError as e:
    print("RecursionError:", e)
print(functools.reduce(lambda a, b: a * b, range(1, 30)))
