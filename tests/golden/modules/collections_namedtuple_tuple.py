from collections import namedtuple
import collections

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, repr(p), p.x, p.y, p[0], p[-1], p[:1], list(p), p == (1, 2), p != (1, 3))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, Point.__bases__, issubclass(Point, tuple))
print(p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), Point._field_defaults)
x, y = p
print(x + y, len(p), hash(p) == hash((1, 2)), p + (3,), p * 2, tuple(p), sorted([Point(2, 1), Point(1, 5)]))
print(max(p), sum(p), 2 in p, p.index(2), p.count(1), "%s-%s" % p, "{}:{}".format(*p), f"{p}")
Color = namedtuple("Color", ["r", "g", "b"], defaults=[0])
print(Color(1, 2), {Color(1, 2, 0): "same"}[Color(1, 2)], Color._field_defaults)
print(Point.x.__doc__, Point.__doc__)

class Vec(namedtuple("Vec", "a b")):
    def norm2(self):
        return self.a ** 2 + self.b ** 2
    def __repr__(self):
        return f"<Vec {self.a},{self.b}>"

v = Vec(3, 4)
print(v, v.norm2(), isinstance(v, tuple), v._replace(a=0), Vec._make((1, 1)))
d = {Point(0, 0): "origin"}
print(d[(0, 0)], d.get(Point(0, 0)))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
            lambda: Point._make([1]), lambda: p._replace(z=1), lambda: setattr(p, "x", 3),
            lambda: setattr(p, "z", 3), lambda: namedtuple("Bad", "a _b"), lambda: namedtuple("Bad", "a a"),
            lambda: namedtuple("1x", "a"), lambda: p.z]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
