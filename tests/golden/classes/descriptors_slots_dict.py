class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.private)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Const:
    def __get__(self, obj, objtype=None):
        return ("const", obj is None, objtype.__name__)


class Item:
    name = Typed(str)
    qty = Typed(int)
    c = Const()

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

    @Lazy
    def total(self):
        print("computing")
        return self.qty * 10


it = Item("bolt", 3)
print(it.name, it.qty, it.total, it.total, it.c, Item.c, type(Item.name).__name__)
print(sorted(vars(it)), it.__dict__["_qty"])
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError:", e)
del it.qty
print(it.qty)
it.__dict__["extra"] = 5
print(it.extra, "extra" in vars(it))
d = it.__dict__
it.later = 1
print(d["later"], len(d))
del d["later"]
print(hasattr(it, "later"))


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x)
for f in [lambda: setattr(p, "z", 1), lambda: p.y, lambda: p.__dict__]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
p.y = 2
print(p.y, P.__slots__)


class Q(P):
    pass


q = Q(3)
q.z = 4
print(q.z, q.__dict__["z"])


class R(P):
    __slots__ = ("w",)


r = R(5)
r.w = 6
try:
    r.v = 7
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)


class S:
    __slots__ = "only"


s = S()
s.only = 1
print(s.only, list[int], dict[str, int], tuple[int, ...], type[int])


class G:
    def __class_getitem__(cls, item):
        return f"G of {item.__name__}"


print(G[int])
