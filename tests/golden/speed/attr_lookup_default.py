"""getattr(obj, name, default) and hasattr over every way an attribute can be missing: plain
instances, __getattr__ that answers or raises, properties and descriptors that raise,
__getattribute__, slots, class and module objects, builtin values, names built at run time."""

import sys


class Plain:
    kind = "plain"

    def __init__(self):
        self.x = 1

    def method(self):
        return "m"


class Fallback:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name} here")


class FallbackOther:
    def __getattr__(self, name):
        raise KeyError(name)


class Props:
    @property
    def missing(self):
        raise AttributeError("computed and missing")

    @property
    def broken(self):
        raise ValueError("property failed")

    @property
    def fine(self):
        return 42


class Loud:
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        raise AttributeError("loud descriptor")


class WithDescr:
    loud = Loud()


class Custom:
    def __getattribute__(self, name):
        if name == "secret":
            return "found"
        return object.__getattribute__(self, name)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 10


class Counter:
    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        raise AttributeError(name)


def check(label, obj, name):
    try:
        got = getattr(obj, name, "<default>")
    except Exception as e:
        got = f"raised {type(e).__name__}: {e}"
    try:
        has = hasattr(obj, name)
    except Exception as e:
        has = f"raised {type(e).__name__}: {e}"
    print(f"{label:>14} .{name:<10} getattr={got!r} hasattr={has!r}")


p = Plain()
for name in ["x", "kind", "method", "nothing", "__class__", "__dict__"]:
    check("Plain", p, name)
print(getattr(p, "method", None)())

f = Fallback()
for name in ["dyn_value", "other"]:
    check("Fallback", f, name)
check("FallbackOther", FallbackOther(), "anything")

pr = Props()
for name in ["missing", "broken", "fine", "absent"]:
    check("Props", pr, name)
check("WithDescr", WithDescr(), "loud")
check("WithDescr cls", WithDescr, "loud")

c = Custom()
for name in ["secret", "absent", "__class__"]:
    check("Custom", c, name)

s = Slotted()
for name in ["a", "b", "c"]:
    check("Slotted", s, name)

check("module", sys, "maxsize")
check("module", sys, "no_such_thing")
check("class", Plain, "kind")
check("class", Plain, "x")
check("int", 5, "real")
check("int", 5, "nope")
check("str", "abc", "upper")
check("list", [], "sort")
check("list", [], "nope")
check("None", None, "nope")

try:
    raise ValueError("boom")
except ValueError as e:
    check("exception", e, "args")
    check("exception", e, "nope")

# Names made at run time, the same str object used again and again.
names = ["x" + str(i % 3) for i in range(9)]
obj = Plain()
for i, n in enumerate(names):
    if i % 2 == 0:
        setattr(obj, n, i)
print(sorted((n, getattr(obj, n, None)) for n in set(names)))
print([hasattr(obj, n) for n in names])
for n in ["x0", "x1"]:
    if hasattr(obj, n):
        delattr(obj, n)
print(sorted(k for k in vars(obj)))

# Non-ASCII names, and names that are str subclasses.
class Name(str):
    pass


setattr(obj, "café", "au lait")
print(getattr(obj, "café"), getattr(obj, Name("café"), None), hasattr(obj, Name("thé")))

# Each miss runs __getattr__ once.
cnt = Counter()
total = 0
for i in range(5):
    total += getattr(cnt, "k", i)
    if not hasattr(cnt, "k"):
        total += 100
print(total, cnt.calls)

# Keyword arguments from a dict whose keys are used over and over.
def kw(a=0, b=0, **rest):
    return a * 10 + b, sorted(rest.items())


opts = {"a": 1, "b": 2, "c": 3}
for _ in range(3):
    print(kw(**opts))

for bad in [1, None, b"x"]:
    for fn in (getattr, hasattr):
        try:
            fn(p, bad) if fn is hasattr else fn(p, bad, 0)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)

try:
    getattr(p, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr()
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(p, "x", 1, 2)
except TypeError as e:
    print("TypeError:", e)
