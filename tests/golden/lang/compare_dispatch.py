# How comparisons dispatch: builtin scalars, instances without methods, methods on one side.

import math
from fractions import Fraction


def table(pairs):
    for a, b in pairs:
        row = []
        for name, op in (("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y),
                         (">", lambda x, y: x > y), (">=", lambda x, y: x >= y),
                         ("==", lambda x, y: x == y), ("!=", lambda x, y: x != y)):
            try:
                row.append(f"{name}{op(a, b)!s:.1}")
            except TypeError as e:
                row.append(f"{name}E")
        print(f"{a!r:>24} {b!r:<24}", " ".join(row))


nan = float("nan")
table([
    (1, 2), (2, 1), (True, 1), (False, 0.5), (10**20, 1e20), (10**20 + 1, 1e20), (-(10**30), -1e30),
    (1.5, 1), (nan, 1), (1, nan), (nan, nan), (math.inf, 10**400), (-math.inf, -(10**400)),
    ("abc", "abd"), ("é", "e"), ("", "a"), (b"ab", b"abc"), (b"b", b"a"),
    (1, "1"), ("a", b"a"), (None, 0), (2, Fraction(3, 2)), (1.25, Fraction(5, 4)),
])


class Plain:
    pass


class OnlyNe:
    def __ne__(self, other):
        print("  OnlyNe.__ne__")
        return "ne!"


class OnlyEq:
    def __eq__(self, other):
        print("  OnlyEq.__eq__")
        return self is other or NotImplemented


class Num(int):
    pass


class Text(str):
    def __lt__(self, other):
        print("  Text.__lt__")
        return len(self) < len(other)


p, q = Plain(), Plain()
print(p == p, p == q, p != p, p != q, p == 1, 1 == p, p != None)
n1, n2 = OnlyNe(), OnlyNe()
print(n1 == n1, n1 == n2)
print(n1 != n2, n1 != n1)
if n1 != n2:
    print("  truthy ne")
e1, e2 = OnlyEq(), OnlyEq()
print(e1 == e1, e1 == e2)
print(e1 != e2, e1 != e1)
print(Num(3) == 3, Num(3) != 3, Num(3) < 4, 4 > Num(3), Num(3) == Num(3), Num(2) != Num(3))
print(Text("zz") < Text("aaa"), "zz" < Text("aaa"), Text("zz") < "aaa", sorted([Text("ccc"), Text("a"), Text("bb")]))
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) < "x"
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1.5, True, 10**20, -2, Fraction(1, 3)]), sorted(["b", "a", "é", "B"]))
print(min("x", "ab", "é"), max(b"x", b"ab"), [x for x in (1, 2.5, 3) if 2 <= x < 3])
