# math.gamma and math.lgamma give CPython's results to the last bit over the whole range.
import math
import random

r = random.Random(2024)
ranges = [(-200, 200), (-10, 10), (0, 1e-3), (140, 180), (-300, 0), (1, 30)]
for i in range(1800):
    lo, hi = ranges[i % len(ranges)]
    x = r.uniform(lo, hi)
    out = [repr(x)]
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(*out)
for n in range(1, 30):
    print(n, math.gamma(n), math.lgamma(n), math.gamma(n + 0.5))
