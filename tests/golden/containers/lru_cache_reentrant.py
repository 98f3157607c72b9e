# functools.lru_cache and cache: a wrapped function that calls the cache again, and keys whose
# __hash__/__eq__ run code (even calling the cache), as CPython's C cache.
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@functools.lru_cache(maxsize=3)
def sq(n):
    print('  computing', n)
    return n * n
for n in [1, 2, 3, 1, 4, 2, 1, 5]:
    sq(n)
print(sq.cache_info())

class Key:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print('  hash', self.v)
        return hash(self.v)
    def __eq__(self, other):
        print('  eq', self.v)
        # Calls the cached function again from inside the cache lookup.
        if self.v == 1:
            lookup(Key(2))
        return isinstance(other, Key) and self.v == other.v

@functools.lru_cache(maxsize=8)
def lookup(k):
    return k.v * 10
print(lookup(Key(1)))
print(lookup(Key(1)))
print(lookup.cache_info())

@functools.lru_cache
def again(n):
    if n > 0:
        # The same key computed meanwhile by a recursive call: the first one stays.
        again(n - 1)
        return again(n - 1) + 1
    return 0
print(again(5), again.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())

@functools.lru_cache(maxsize=2, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())

@functools.lru_cache
def kw(a, b=0):
    return a + b
print(kw(1, b=2), kw(1, b=2), kw(a=1, b=2), kw.cache_info())

class Unhashable:
    __hash__ = None
try:
    kw(Unhashable())
except TypeError as e:
    print('TypeError', e)

class BadHash:
    def __hash__(self):
        raise ValueError('no hash for you')
try:
    kw(BadHash())
except ValueError as e:
    print('ValueError', e)
fib.cache_clear()
print(fib.cache_info())
