"""`super().m(args)` and `super(C, self).m(args)` called straight, and every other use of a
super object, which still goes through the attribute."""


class Base:
    tag = "base"

    def __init__(self, v):
        self.v = v

    def m(self, x, y=10, *rest, **kw):
        return ("Base.m", self.v, x, y, rest, sorted(kw.items()))

    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)

    @staticmethod
    def sm(x):
        return ("sm", x)

    @property
    def prop(self):
        return ("prop", self.v)

    def fails(self, n):
        if n > 0:
            raise KeyError(n)
        return n


class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)

    def m(self, x, y=10, *rest, **kw):
        return ("Mid.m", super().m(x, y, *rest, **kw))


class Leaf(Mid):
    def __init__(self, v):
        super(Leaf, self).__init__(v + 1)

    def m(self, x, y=10, *rest, **kw):
        return ("Leaf.m", super(Leaf, self).m(x, y, *rest, **kw))

    def skip(self, x):
        # Skips Mid.m.
        return super(Mid, self).m(x)

    def others(self):
        return (super().cm(1), super().sm(2), super().prop, super().tag)

    def wrong_args(self, which):
        if which == 0:
            return super().m()
        if which == 1:
            return super().m(1, 2, x=3)
        if which == 2:
            return super().m(1, bad=2, **{"bad": 3})
        return super().fails(which)

    def missing(self):
        return super().nothing(1)

    def unbound(self):
        return super(Leaf).m

    def as_value(self):
        f = super().m
        return f(5), type(f).__name__, f.__self__ is self


o = Leaf(1)
print(o.v)
print(o.m(1))
print(o.m(1, 2, 3, 4, k=5))
print(o.skip(7))
print(o.others())
print(o.as_value())
for which in range(4):
    try:
        print(o.wrong_args(which))
    except Exception as e:
        print(type(e).__name__, e)
try:
    o.missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(o.unbound())
except AttributeError as e:
    print("AttributeError:", e)


# An argument that raises: the error comes from the argument, and nothing is called.
def boom():
    raise ValueError("from an argument")


class Q(Base):
    def m(self, x, y=10, *rest, **kw):
        return super().m(boom())


try:
    Q(0).m(1)
except ValueError as e:
    print("ValueError:", e)


# A super call in a loop, and recursion through super calls.
class Counter(Base):
    def m(self, x, y=10, *rest, **kw):
        return super().m(x)[2] + 1


c = Counter(0)
print(sum(c.m(i) for i in range(10000)))


class R(Base):
    def fails(self, n):
        if n <= 0:
            return 0
        return 1 + super().fails(0) + self.fails(n - 1)


print(R(0).fails(300))


class Deep(Base):
    def fails(self, n):
        return super().fails(0) + self.fails(n + 1)


try:
    Deep(0).fails(0)
except RecursionError as e:
    print("RecursionError:", e)


# Replacing the base's method later is seen by the next super call.
def new_m(self, x, y=0, *rest, **kw):
    return ("new", x)


Base.m = new_m
print(o.m(3))
del Base.m
try:
    o.m(3)
except AttributeError as e:
    print("AttributeError:", e)


# A builtin method found through super() (a subclass of dict) is bound as before.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def get(self, k, default=None):
        return ("got", super().get(k, default))


d = D()
d["a"] = 2
print(d, d.get("a"), d.get("zz", 0))
