import functools


@functools.lru_cache
def slow(a, b=1):
    print("call", a, b)
    return a + b


print(slow(1), slow(1), slow(1, b=1), slow(1, 1), slow(a=1))
print(slow.cache_info())
print(slow.__name__, slow.__wrapped__.__name__)


@functools.cache
def count(n):
    return n if n == 0 else count(n - 1) + 1


print(count(300), count.cache_info())
try:
    slow([1])
except TypeError as e:
    print("TypeError:", e)
