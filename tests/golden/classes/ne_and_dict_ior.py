# object.__ne__ inverts the type's __eq__; dict.__ior__ takes what dict.update takes.
class P:
    pass
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
class N:
    def __eq__(self, o): return NotImplemented
class S(E):
    pass
p = P()
print(p != p, p != P(), p.__ne__(p), p.__ne__(P()))
print(E(1) != E(1), E(1) != E(2), E(1).__ne__(E(1)), E(1).__ne__(3), E(1) != 3)
print(N() != N(), N().__ne__(1))
print(S(1) != S(1), S(1).__ne__(S(2)), S(1) != E(1))
from dataclasses import dataclass
@dataclass
class D:
    x: int
print(D(1) != D(1), D(1).__ne__(D(2)), D(1).__ne__(5))
print(object.__ne__(3, 3), object.__ne__(3, 4), (3).__ne__(3))
d = {1: 2}
for other in ["FooBar", 42, [36], None]:
    try:
        d.__ior__(other)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(d.__ior__(["aa"]), d.__or__([("x", 1)]), d.__ror__({}))
d |= (("k", "v"),)
print(d)
