"""Construction of instances of plain classes: `Cls(args)` with a Python `__init__`, the
attributes it stores, and everything that can go wrong on the way."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Wide:
    """More attributes than fit in a small vector: instances made after the first ones
    start with room for all of them."""

    def __init__(self, n):
        self.a = n
        self.b = n + 1
        self.c = n + 2
        self.d = n + 3
        self.e = n + 4
        self.f = n + 5
        self.g = n + 6
        if n % 3 == 0:
            self.h = n + 7


def make_many():
    pts = [Point(i, -i) for i in range(2000)]
    print(sum(p.x + p.y for p in pts), pts[17], pts[-1])
    ws = [Wide(i) for i in range(500)]
    print(sum(w.g for w in ws), sum(hasattr(w, "h") for w in ws))
    print(list(vars(ws[3])), list(vars(ws[4])))
    # Attributes added after construction keep their order.
    w = ws[10]
    w.extra = "x"
    w.a = "changed"
    del w.b
    print(list(vars(w).items())[:3], w.extra, hasattr(w, "b"))
    w.b = 0
    print(list(vars(w))[-2:])


make_many()


class Empty:
    pass


e = Empty()
print(vars(e))
e.later = 1
print(vars(e), Empty().__dict__)


# __slots__: only the named attributes, in any order, and none other.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b=None):
        self.a = a
        if b is not None:
            self.b = b


objs = [Slotted(i, i * 2 if i % 2 else None) for i in range(100)]
print(sum(o.a for o in objs), sum(getattr(o, "b", 0) for o in objs))
try:
    objs[0].c = 1
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    print(objs[0].b)
except AttributeError as exc:
    print("AttributeError:", exc)


# Wrong argument counts and keywords, as CPython words them.
def attempt(label, make):
    try:
        r = make()
    except Exception as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
    else:
        print(label, "->", r)


attempt("too few", lambda: Point(1))
attempt("too many", lambda: Point(1, 2, 3))
attempt("keywords", lambda: Point(y=2, x=1))
attempt("unknown keyword", lambda: Point(1, z=2))
attempt("twice", lambda: Point(1, x=2))
attempt("star", lambda: Point(*(3, 4)))
attempt("double star", lambda: Point(**{"x": 5, "y": 6}))
attempt("no init args", lambda: Empty(1))
attempt("no init kw", lambda: Empty(a=1))


# An exception raised in __init__ leaves no object behind, and its traceback line is
# the __init__'s.
class Fails:
    made = 0

    def __init__(self, n):
        Fails.made += 1
        self.n = n
        if n < 0:
            raise ValueError(f"negative: {n}")


attempt("raises", lambda: Fails(-1))
attempt("fine", lambda: Fails(2).n)
print("made", Fails.made)


class ReturnsValue:
    def __init__(self, v):
        self.v = v
        return v


attempt("returns None", lambda: ReturnsValue(None).v)
attempt("returns 1", lambda: ReturnsValue(1))
attempt("returns list", lambda: ReturnsValue([]))


# Recursion through construction.
class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


def depth_of(n):
    d = 0
    while n.child is not None:
        n = n.child
        d += 1
    return d


print(depth_of(Node(200)))
attempt("too deep", lambda: Node(100000))


# __new__ that returns something else skips __init__; one returning an instance runs it.
class Odd:
    def __new__(cls, v):
        if v == 0:
            return "zero"
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(Odd(0), Odd(3).v)


# A subclass's __init__ calling the base's through super().
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


print([Point3(i, i, i) for i in range(3)], vars(Point3(1, 2, 3)))

# __init__ replaced on the class after instances were made.
p = Point(1, 2)


def new_init(self, x, y):
    self.sum = x + y


Point.__init__ = new_init
q = Point(1, 2)
print(vars(p), vars(q))
del Point.__init__
attempt("object init", lambda: Point(1, 2))
print(type(Point()).__name__)


# One object used as a large namespace, then small ones of the same class.
class Namespace:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


big = Namespace(**{f"opt{i}": i for i in range(40)})
small = [Namespace(a=i) for i in range(5)]
print(len(vars(big)), sum(vars(big).values()), [vars(s) for s in small])
small[0].b = 2
del big.opt3
print(list(vars(small[0])), len(vars(big)), getattr(big, "opt39"))
