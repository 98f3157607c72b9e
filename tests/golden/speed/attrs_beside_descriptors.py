# Instances whose classes hold a property, a descriptor, a __setattr__ or __slots__ somewhere:
# their other attributes are still read and written as plain ones, and the names the class
# does intercept still go through it, at the same places in the program, as classes change.


class Money:
    """A fixed-point amount with a computed property beside its plain attributes."""

    __slots__ = ("units", "cents", "currency")

    def __init__(self, units, cents, currency="EUR"):
        self.units = units
        self.cents = cents
        self.currency = currency

    @property
    def total_cents(self):
        return self.units * 100 + self.cents

    def add(self, other):
        c = self.cents + other.cents
        return Money(self.units + other.units + c // 100, c % 100, self.currency)

    def __repr__(self):
        return f"Money({self.units}.{self.cents:02d} {self.currency})"


class Audited:
    """Every write goes through __setattr__, reads are plain."""

    def __init__(self, name):
        self.log = []
        self.name = name
        self.count = 0

    def __setattr__(self, key, value):
        if key != "log":
            self.log.append((key, value))
        object.__setattr__(self, key, value)


class Positive:
    """A data descriptor: it comes before the instance's own attribute of the same name."""

    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.key, 0)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.key[1:]} must be >= 0, got {value}")
        setattr(obj, self.key, value)


class Lazy:
    """A non-data descriptor: the instance's own attribute, once there, comes first."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v


class Item:
    qty = Positive()

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
        self.calls = 0

    @Lazy
    def label(self):
        self.calls += 1
        return f"<{self.name}>"


def read_all(objs):
    # One attribute site reached by instances of several classes.
    out = []
    for o in objs:
        out.append(o.name)
    return out


def bump(o, n):
    for _ in range(n):
        o.count += 1
    return o.count


def main():
    a, b = Money(3, 75), Money(1, 50)
    s = a
    for _ in range(5):
        s = s.add(b)
    print(s, s.total_cents, s.units, s.cents)
    try:
        s.rate = 1.5
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        s.total_cents = 5
    except AttributeError as e:
        print("AttributeError:", e)

    au = Audited("first")
    print(bump(au, 3), au.name, au.log)

    it = Item("bolt", 4)
    print(it.qty, it._qty, it.label, it.label, it.calls)
    it.__dict__["qty"] = 99  # shadowed by the data descriptor
    print(it.qty, it.__dict__["qty"])
    try:
        it.qty = -1
    except ValueError as e:
        print("ValueError:", e)
    print(read_all([it, au, Item("nut", 1), Audited("second")]))

    # The class changes between reads at the same sites: a property appears, then goes.
    class Point:
        def __init__(self, x, y):
            self.x = x
            self.y = y

    p = Point(1, 2)

    def norm1(q):
        return abs(q.x) + abs(q.y)

    def move(q, dx):
        q.x = q.x + dx
        return q.x

    results = [norm1(p), move(p, 3)]
    Point.x = property(lambda self: 100, lambda self, v: results.append(("set", v)))
    results += [norm1(p), move(p, 3)]
    del Point.x
    results += [norm1(p), move(p, 1)]
    Point.__getattribute__ = lambda self, name: 7 if name == "x" else object.__getattribute__(self, name)
    results += [norm1(p)]
    del Point.__getattribute__
    Point.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 10)
    results += [move(p, 1)]
    print(results)

    # A new class made at every turn, each a fresh object at the same sites.
    for k in range(4):
        ns = {"__init__": lambda self, v: setattr(self, "v", v)}
        if k % 2:
            ns["v"] = property(lambda self: -1, lambda self, v: None)
        C = type(f"C{k}", (), ns)
        c = C(k)
        print(C.__name__, norm1_like(c), set_v(c, k * 10), c.v)

    # An instance whose class is switched between reads.
    class A:
        def __init__(self):
            self.v = "a"

    class B:
        v = property(lambda self: "B.v")

    x = A()
    seen = [norm1_like_str(x)]
    x.__class__ = B
    seen.append(norm1_like_str(x))
    x.__class__ = A
    seen.append(norm1_like_str(x))
    print(seen)


def norm1_like(c):
    return c.v


def set_v(c, v):
    c.v = v
    return c.v


def norm1_like_str(o):
    return o.v


main()
