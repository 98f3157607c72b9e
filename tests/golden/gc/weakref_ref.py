import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "C(%d)" % self.n


c = C(1)
r = weakref.ref(c)
print(r() is c, r.__callback__, type(r) is weakref.ref, weakref.ref is weakref.ReferenceType)

# The basic reference (no callback) is made once; one with a callback is new each time.
print(weakref.ref(c) is r)
r2 = weakref.ref(c, lambda wr: print("callback 2, dead:", wr() is None))
r3 = weakref.ref(c, lambda wr: print("callback 3, same ref:", wr is r3))
print(r2 is r, r2.__callback__ is not None)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)), weakref.getweakrefs(c)[0] is r)

# Hash and equality: the referent's while it lives.
print(hash(r) == hash(c), r == r2, r == weakref.ref(C(2)))
h = hash(r)
del c
print("after del: r() is", r())
print(hash(r) == h, r == r2, r != r2)
print(weakref.getweakrefcount(C(3)))

# A reference whose referent went before its hash was asked for has none.
d = C(4)
rd = weakref.ref(d)
del d
try:
    hash(rd)
except TypeError as e:
    print("TypeError:", e)

# Callbacks run newest first; one that raises is reported.
def failing(wr):
    raise ValueError("from a callback")


e = C(5)
for i in range(3):
    weakref.ref(e, lambda wr, i=i: print("callback", i))
keep = [weakref.ref(e, lambda wr, i=i: print("kept callback", i)) for i in range(3)]
weakref.ref(e, failing)
keep.append(weakref.ref(e, failing))
del e
print("after the callbacks")

# What can be weakly referenced.
def func():
    pass


class WithSlots:
    __slots__ = ("x",)


class SlotsAndWeakref:
    __slots__ = ("x", "__weakref__")


def gen():
    yield 1


objects = [func, C, set(), frozenset([1]), gen(), C(6).__repr__, len, SlotsAndWeakref()]
refs = [weakref.ref(o) for o in objects]
print([type(r()).__name__ for r in refs])
for bad in ([], {}, (), 1, "s", None, ValueError(), WithSlots()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)


class MyError(Exception):
    pass


err = MyError("x")
print(weakref.ref(err)() is err)

# Weak references to objects in a cycle die with the cycle.
a, b = C(7), C(8)
a.o, b.o = b, a
ra = weakref.ref(a, lambda wr: print("cycle member gone"))
del a, b
gc.collect()
print(ra())
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
