import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100))
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    print(sq(x))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
