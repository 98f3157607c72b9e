class Config:
    def describe(self):
        return "method"

c = Config()
c.debug = True
print(c.__dict__)
c.__dict__ = {"level": 3, "describe": "shadowed"}
print(c.level, c.describe, hasattr(c, "debug"), vars(c))
c.extra = 1
print(c.__dict__)
shared = {"x": 1}
a, b = Config(), Config()
a.__dict__ = shared
b.__dict__ = shared
a.x = 42
print(b.x, shared)
del a.__dict__
print(a.__dict__, hasattr(a, "x"), b.x)
a.y = 5
print(a.__dict__, a.y)
try:
    c.__dict__ = [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    c.__dict__ = None
except TypeError as e:
    print("TypeError:", e)
from collections import OrderedDict
c.__dict__ = OrderedDict(z=26)
print(c.z)
class Slotted:
    __slots__ = ("v",)
s = Slotted()
try:
    s.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
