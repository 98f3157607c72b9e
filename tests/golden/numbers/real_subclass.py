# A minimal Real: the mixins give complex(), real, imag, conjugate and divmod.
import numbers


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = float(v)

    def __repr__(self):
        return f"Meters({self.v})"

    def __float__(self):
        return self.v

    def _wrap(name):
        def method(self, *args):
            args = [a.v if isinstance(a, Meters) else a for a in args]
            r = getattr(self.v, name)(*args)
            return Meters(r) if isinstance(r, float) else r
        return method

    __add__ = _wrap("__add__")
    __radd__ = _wrap("__radd__")
    __mul__ = _wrap("__mul__")
    __rmul__ = _wrap("__rmul__")
    __truediv__ = _wrap("__truediv__")
    __rtruediv__ = _wrap("__rtruediv__")
    __floordiv__ = _wrap("__floordiv__")
    __rfloordiv__ = _wrap("__rfloordiv__")
    __mod__ = _wrap("__mod__")
    __rmod__ = _wrap("__rmod__")
    __pow__ = _wrap("__pow__")
    __rpow__ = _wrap("__rpow__")
    __neg__ = _wrap("__neg__")
    __pos__ = _wrap("__pos__")
    __abs__ = _wrap("__abs__")
    __trunc__ = _wrap("__trunc__")
    __floor__ = _wrap("__floor__")
    __ceil__ = _wrap("__ceil__")
    __round__ = _wrap("__round__")
    __eq__ = _wrap("__eq__")
    __lt__ = _wrap("__lt__")
    __le__ = _wrap("__le__")

    __hash__ = lambda self: hash(self.v)


m = Meters(7.5)
print(m + 1, m - 2, 3 - m, m * 2, m / 2)
print(complex(m), m.real, m.imag, m.conjugate())
print(divmod(m, 2), divmod(20, m))
print(bool(m), bool(Meters(0)), round(m), m < 8, m <= 7)
