# Objects with __slots__ are copied slot by slot.
import copy


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, [2])
v2 = copy.copy(v)
v3 = copy.deepcopy(v)
print(v2, v3, v2.y is v.y, v3.y is v.y)


class Partial:
    __slots__ = ("a", "b")


p = Partial()
p.a = 1
p2 = copy.copy(p)
print(p2.a, hasattr(p2, "b"))
