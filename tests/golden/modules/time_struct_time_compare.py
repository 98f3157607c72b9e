import time
import functools


@functools.lru_cache(maxsize=4)
def f(x):
    return x


g = time.gmtime(0)
print(g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), (1970, 1, 1, 0, 0, 0, 3, 1, 0) == g, g != g)
print(tuple(g), g[:3] if False else g[2], time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0)))
f(1)
f(1)
print(f.cache_info() == (1, 1, 4, 1), (1, 1, 4, 1) == f.cache_info(), list(f.cache_info()))
h, m, size, cur = f.cache_info()
print(h, m, size, cur)

# Ordered as tuples: a calendar sorts its parsed dates.
days = [time.strptime(s, "%b %d") for s in ("Mar 1", "Feb 29", "Jan 31")]
print([(t.tm_mon, t.tm_mday) for t in sorted(days)])
print(days[1] < days[0], days[0] <= days[0], days[2] > days[1], g < (1971,), (1969,) < g)
