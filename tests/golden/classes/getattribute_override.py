# A user __getattribute__ is called for every attribute read, with __getattr__ after an AttributeError.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name.startswith("_") or name == "log":
            return object.__getattribute__(self, name)
        object.__getattribute__(self, "log").append(name)
        return getattr(object.__getattribute__(self, "_target"), name)

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5

p = Proxy(Point(3, 4))
print(p.x, p.y, p.norm())
print(p.log)
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)

class Fallback:
    a = 1
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.a, f.secret, f.other)
print(getattr(f, "secret"), hasattr(f, "secret"))

class Counting:
    def __init__(self): self.n = 0
    def __getattribute__(self, name):
        d = object.__getattribute__(self, "__dict__")
        d["n"] = d.get("n", 0) + 1
        return object.__getattribute__(self, name)
    def method(self): return "m"
c = Counting()
c.method(); c.method()
print(c.n)
class Sub(Counting): pass
s = Sub()
s.method()
print(s.n, type(s).__name__)
print(object.__getattribute__(3, "real"), object.__getattribute__("ab", "upper")())
try:
    object.__getattribute__(f, "missing")
except AttributeError as e:
    print("AE", e)
try:
    object.__getattribute__(f, 5)
except TypeError as e:
    print("TE", e)
# adding __getattribute__ after instances exist
class Late:
    def __init__(self): self.v = 1
    def m(self): return "m"
l = Late()
print(l.v, l.m())
Late.__getattribute__ = lambda self, name: "late:" + name
print(l.v, l.m)
del Late.__getattribute__
print(l.v, l.m())
