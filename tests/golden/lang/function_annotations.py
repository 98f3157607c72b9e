# Functions keep the annotations their def evaluated; inspect.signature shows them.
from typing import Optional
def f(a: int, b: "str" = "x", *args: float, c: "int | None" = None, **kw: bool) -> list[int]:
    return []
print(f.__annotations__)
def g(x, y=1):
    pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {"x": int}
print(g.__annotations__)
class C:
    def m(self, other: "C") -> "C":
        return self
print(C.m.__annotations__, f.__globals__ is globals(), f.__globals__["f"] is f)
counter = 0
def deco(fn):
    global counter
    counter += 1
    print("wrapping", fn.__name__, fn.__annotations__)
    return fn
@deco
def h(n: int) -> str:
    return str(n)
try:
    def bad(x: undefined_name):
        pass
except NameError as e:
    print("NameError", e)
import inspect
print(inspect.signature(f))
lam = lambda q: q
print(lam.__annotations__)
