# One attribute expression in a loop sees objects and classes that change under it: every
# read, store and method call must find what Python's rules say at that moment.
import asyncio
import gc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Flipped:
    def __init__(self, x, y):
        self.y = y
        self.x = x

    def norm1(self):
        return -1


def xs(objs):
    # The same `o.x` site sees attribute lists in different orders.
    return [o.x for o in objs]


def bump(objs, d):
    for o in objs:
        o.x += d
        o.y = o.y * 2


def norms(objs):
    return [o.norm1() for o in objs]


pts = [Point(1, 2), Flipped(3, 4), Point(-5, 6), Flipped(7, -8)]
print("orders", xs(pts))
bump(pts, 10)
print("bumped", xs(pts), [p.y for p in pts])
print("norms", norms(pts))

# An attribute deleted, then read at the same site: falls back to the class, then fails.
Point.x = "class x"
del pts[0].x
print("after del", xs(pts))
del Point.x
try:
    xs(pts)
except AttributeError as e:
    print("AttributeError:", e)
pts[0].x = 100
print("restored", xs(pts))


# A method replaced on the class after the site has called it.
def shout(self):
    return "replaced %d" % self.x


print("before replace", norms(pts[:1]))
Point.norm1 = shout
print("after replace", norms(pts))
setattr(Flipped, "norm1", lambda self: "lambda %d" % self.y)
print("after setattr", norms(pts))

# An instance attribute shadowing the method, then removed again.
p = pts[2]
p.norm1 = lambda: "own function"
print("shadowed", norms(pts))
del p.norm1
print("unshadowed", norms(pts))
vars(p)["norm1"] = lambda: "through __dict__"
print("dict shadow", norms(pts))
del vars(p)["norm1"]
print("dict unshadow", norms(pts))


# A subclass seen at the same site, overriding and then not.
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return "3d %d" % (abs(self.x) + abs(self.y) + abs(self.z))


mixed = [Point(1, 1), Point3(1, 2, 3), Point(2, 2), Point3(-1, -1, -1)]
print("subclass", norms(mixed))
del Point3.norm1
print("subclass without its own", norms(mixed))
Point.norm1 = lambda self: "base again"
print("base changed", norms(mixed))

# __class__ reassigned under the site.
q = Point(4, 5)
print("before __class__", norms([q]))
q.__class__ = Flipped
print("after __class__", norms([q]), xs([q]))


# __bases__ reassigned: the MRO changes under the site.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    pass


def whos(objs):
    return [o.who() for o in objs]


cs = [C(), C()]
print("bases", whos(cs))
C.__bases__ = (B,)
print("bases changed", whos(cs))
B.who = lambda self: "B2"
print("base's method changed", whos(cs))


# A class attribute read through instances, then changed on the class and on an instance.
class Config:
    limit = 3

    def over(self, n):
        return n > self.limit


cfg = Config()
print("limit", [cfg.over(n) for n in range(6)])
Config.limit = 1
print("limit changed", [cfg.over(n) for n in range(6)])
cfg.limit = 4
print("instance limit", [cfg.over(n) for n in range(6)])


# A property added to the class after the site read the instance attribute: the data
# descriptor now comes first.
class Temp:
    def __init__(self, c):
        self.c = c


def cs_of(objs):
    return [t.c for t in objs]


temps = [Temp(10), Temp(20)]
print("plain", cs_of(temps))
Temp.c = property(lambda self: "property wins", lambda self, v: vars(self).update(c=v * 100))
print("property", cs_of(temps))
temps[0].c = 5
print("stored beside the property", cs_of(temps), vars(temps[0]))
del Temp.c
print("property gone", cs_of(temps))


# __getattr__, __getattribute__ and __setattr__ added after the sites were used.
class Lazy:
    def __init__(self):
        self.a = 1

    def get(self):
        return "method get"


def read_a(objs):
    return [o.a for o in objs]


def call_get(objs):
    return [o.get() for o in objs]


def store_a(objs, v):
    for o in objs:
        o.a = v


lz = [Lazy(), Lazy()]
print("lazy", read_a(lz), call_get(lz))
del lz[1].a
Lazy.__getattr__ = lambda self, name: "fallback " + name
print("getattr", read_a(lz))
Lazy.__getattribute__ = lambda self, name: "intercepted " + name
print("getattribute", read_a(lz))
try:
    call_get(lz)
except TypeError as e:
    print("TypeError:", e)
del Lazy.__getattribute__
print("no getattribute", read_a(lz), call_get(lz))
log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


store_a(lz, 5)
Lazy.__setattr__ = logging_setattr
store_a(lz, 6)
print("setattr log", log, read_a(lz))


# __slots__ instances and dict instances at the same sites.
class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 0

    def get(self):
        return "slotted get"


both = [Lazy(), Slotted(), Lazy(), Slotted()]
del Lazy.__setattr__
store_a(both, 9)
print("slots", read_a(both), call_get(both))
try:
    for o in both:
        o.b = 1
except AttributeError as e:
    print("AttributeError:", e)


# A live __dict__ replaced and edited under the sites.
w = Point(1, 2)
print("dict before", xs([w]))
w.__dict__ = {"y": 0, "x": 42}
print("dict replaced", xs([w]))
w.__dict__["x"] = 43
print("dict edited", xs([w]))
bump([w], 1)
print("dict bumped", w.__dict__)


# Classes made and dropped in a loop: each one's method is its own.
def make(n):
    class Local:
        def value(self):
            return n

    return Local()


def values(objs):
    return [o.value() for o in objs]


seen = []
for i in range(5):
    seen.extend(values([make(i)]))
    gc.collect()
print("local classes", seen)


# Methods replaced by other kinds of callables.
class K:
    def m(self):
        return "function"


def ms(objs):
    return [o.m() for o in objs]


ks = [K()]
print(ms(ks))
K.m = staticmethod(lambda: "staticmethod")
print(ms(ks))
K.m = classmethod(lambda cls: "classmethod of " + cls.__name__)
print(ms(ks))


class Callable:
    def __call__(self, *args):
        return "callable object with %d args" % len(args)


K.m = Callable()
print(ms(ks))
del K.m
try:
    ms(ks)
except AttributeError as e:
    print("AttributeError:", e)


# The same sites inside coroutines.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, n):
        self.balance += n
        return self.balance


async def worker(acct, n):
    for _ in range(n):
        acct.deposit(1)
        await asyncio.sleep(0)
    return acct.balance


async def main():
    a, b = Account(0), Account(100)
    r = await asyncio.gather(worker(a, 3), worker(b, 3))
    Account.deposit = lambda self, n: "patched"
    r2 = await asyncio.gather(worker(a, 1), worker(b, 1))
    print("async", r, r2)


asyncio.run(main())
