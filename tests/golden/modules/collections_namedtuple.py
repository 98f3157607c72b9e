from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], list(p), p == (1, 2))
print(p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
x, y = p
print(x + y, len(p), hash(p) == hash((1, 2)))
Color = namedtuple("Color", ["r", "g", "b"], defaults=[0])
print(Color(1, 2), {Color(1, 2, 0): "same"}[Color(1, 2)])
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)
