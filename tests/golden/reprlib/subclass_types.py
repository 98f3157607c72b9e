# Repr dispatching on type names, with names that have spaces replaced.
import reprlib
from collections import OrderedDict


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"


class R(reprlib.Repr):
    def repr_Money(self, obj, level):
        return f"${obj.cents / 100:.2f}"

    def repr_OrderedDict(self, obj, level):
        return "OD" + self.repr_dict(obj, level)


r = R()
print(r.repr([Money(150), Money(99999)]))
print(r.repr({"price": Money(5)}))
print(r.repr(OrderedDict(b=2, a=1)))
print(r.repr(range(100)), r.repr(3.5), r.repr(True), r.repr(None))
print(r.repr(["x" * 40]))
print(r.repr(frozenset(range(10))), r.repr(frozenset()))
