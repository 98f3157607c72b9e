"""Attribute reads as operands and arguments: own attributes, class attributes, properties,
`__getattr__`, slots, attributes of call results, and the errors, raised where they belong."""


class Vec:
    scale = 10

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self):
        return Vec(self.x * self.scale, self.y * Vec.scale)

    @property
    def norm2(self):
        return self.dot(self)


class Lazy:
    def __getattr__(self, name):
        if name == "missing":
            raise AttributeError(name)
        return len(name)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1.5


def main():
    v, w = Vec(1, 2), Vec(3, -4)
    print(v.dot(w), v.x - w.y, v.scaled().x + w.scaled().y, v.norm2 + w.norm2)
    print(v.scale * w.scale, Vec.scale + v.x, max(v.x, w.x), [v.x, w.y], (v.y, w.x))
    lz = Lazy()
    print(lz.abc + lz.de, lz.abcd * v.x)
    s = Slotted()
    print(s.a + s.a, str(s.a))
    w.x = 2.5
    print(v.x + w.x, v.x < w.x, -w.x, not v.x)
    Vec.scale = 0.5
    print(v.scaled().x, v.scale)
    v.scale = 3
    print(v.scaled().x, Vec(1, 1).scaled().x)
    for make in (lambda: v.nope + 1, lambda: 1 + lz.missing, lambda: s.b * 2,
                 lambda: v.dot(w.zzz), lambda: None.x + 1, lambda: len(v.x)):
        try:
            print(make())
        except (AttributeError, TypeError) as exc:
            print(type(exc).__name__, exc)
    print(v.x + v.nothing)


main()
