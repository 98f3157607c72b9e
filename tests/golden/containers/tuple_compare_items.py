# Comparing tuples item by item: identity first, then ==, the first difference decides the order.

import math


class Version:
    calls = []

    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        Version.calls.append(("eq", self.n, getattr(other, "n", other)))
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        Version.calls.append(("lt", self.n, other.n))
        return self.n < other.n

    def __hash__(self):
        return hash(self.n)


class Fussy:
    def __eq__(self, other):
        raise RuntimeError("cannot compare a Fussy")


class Vague:
    def __eq__(self, other):
        return "yes" if isinstance(other, Vague) else NotImplemented


nan = float("nan")
rows = [
    ((1, 2, 3), (1, 2, 3)),
    ((1, 2, 3), (1, 2, 4)),
    ((1, 2), (1, 2, 0)),
    ((), ()),
    ((1, 2.0, 3), (1.0, 2, 3)),
    ((1, True), (1, 1)),
    ((10**30, 1), (10**30, 1)),
    ((1, "a"), (1, "b")),
    ((nan,), (nan,)),
    ((nan,), (float("nan"),)),
    (((1, 2), (3, 4)), ((1, 2), (3, 5))),
    ((1, [2, 3]), (1, [2, 3])),
    ((-1, 5), (-2, 5)),
]
for a, b in rows:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)

v1, v2, v3 = Version(1), Version(2), Version(1)
print((0, v1) == (0, v3), Version.calls)
Version.calls.clear()
print((0, v1) == (0, v1), Version.calls)  # identity: no __eq__ call
Version.calls.clear()
print((0, v1, 5) < (0, v2, 0), Version.calls)
Version.calls.clear()
print((v1, 1) == (1, v1), Version.calls)
Version.calls.clear()

try:
    (1, Fussy()) == (1, Fussy())
except RuntimeError as e:
    print("RuntimeError:", e)
f = Fussy()
print((1, f) == (1, f))
print((Vague(), 2) == (Vague(), 2), (Vague(), 2) == (Vague(), 3))

try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (2, "x"))

# Sorting and searching with tuple keys.
scores = [("bob", 3, 1.5), ("amy", 3, 2.5), ("cid", 1, 0.5), ("amy", 3, 1.5), ("bob", 2, 9.0)]
print(sorted(scores))
print(sorted(scores, key=lambda r: (-r[1], r[0])))
print(max(scores), min(scores), ("amy", 3, 1.5) in scores, scores.index(("bob", 2, 9.0)))
print(math.isnan(sorted([(nan, 1), (nan, 0)])[0][0]))

deep = ()
for i in range(50):
    deep = (i, deep)
other = ()
for i in range(50):
    other = (i, other)
print(deep == other, deep < other)
