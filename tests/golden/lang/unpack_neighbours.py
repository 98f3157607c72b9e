# Unpacking from every kind of iterable and into every kind of target.
import collections

d = {"x": 1, "y": 2}
s = "ab"
a, b = d; print(a, b)
a, b = d.values(); print(a, b)
(a, b), c = d.items(); print(a, b, c)
a, b = s; print(a, b)
a, b = range(2); print(a, b)
a, b = collections.deque([5, 6]); print(a, b)
a, b = {7}, {8}; print(a, b)
a, b = (x * 2 for x in (1, 2)); print(a, b)
[a, b] = b"hi"; print(a, b)
first, *rest = "hello"; print(first, rest)
*init, last = (1, 2, 3); print(init, last)
a, *mid, z = range(6); print(a, mid, z)


class Point:
    __slots__ = ("x", "y")

p = Point()
p.x, p.y = 3, 4
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
dd = {}
dd["k"], dd["j"] = 1, 2
print(p.x, p.y, lst, dd)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
xs = [1, 2]
xs[0], xs[1] = xs[1], xs[0]
print(xs)
for bad in [1, None, 1.5]:
    try:
        a, b = bad
    except TypeError as e:
        print(e)
for n in [1, 3]:
    try:
        a, b = [0] * n
    except ValueError as e:
        print(e)
    try:
        a, b = (0,) * n
    except ValueError as e:
        print(e)
    try:
        a, b, *c = iter([0] * n)
    except ValueError as e:
        print(e)
