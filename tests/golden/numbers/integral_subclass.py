# A complete Integral written by a user gets __index__, float(), numerator and denominator
# from the ABC.
import numbers
import operator


class Small(numbers.Integral):
    def __init__(self, v):
        self.v = int(v)

    def __repr__(self):
        return f"Small({self.v})"

    def __int__(self):
        return self.v

    def _op(f):
        def method(self, other=None, *rest):
            if other is None:
                return Small(f(self.v))
            o = other.v if isinstance(other, Small) else other
            return Small(f(self.v, o))
        return method

    __add__ = __radd__ = _op(operator.add)
    __mul__ = __rmul__ = _op(operator.mul)
    __neg__ = _op(operator.neg)
    __pos__ = _op(operator.pos)
    __abs__ = _op(abs)
    __invert__ = _op(operator.invert)
    __truediv__ = _op(operator.truediv)
    __rtruediv__ = _op(lambda a, b: b / a)
    __floordiv__ = _op(operator.floordiv)
    __rfloordiv__ = _op(lambda a, b: b // a)
    __mod__ = _op(operator.mod)
    __rmod__ = _op(lambda a, b: b % a)
    __pow__ = _op(operator.pow)
    __rpow__ = _op(lambda a, b: b ** a)
    __lshift__ = __rlshift__ = _op(operator.lshift)
    __rshift__ = __rrshift__ = _op(operator.rshift)
    __and__ = __rand__ = _op(operator.and_)
    __or__ = __ror__ = _op(operator.or_)
    __xor__ = __rxor__ = _op(operator.xor)
    __trunc__ = __floor__ = __ceil__ = lambda self: self.v
    __round__ = lambda self, n=None: self.v

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Small) else other)

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Small) else other)

    def __le__(self, other):
        return self.v <= (other.v if isinstance(other, Small) else other)

    __hash__ = lambda self: hash(self.v)


s = Small(6)
print(s, s + 1, 2 * s, -s, s - 2, 10 - s)
print(s.__index__(), float(s), s.numerator, s.denominator, s.real, s.imag, s.conjugate())
print(complex(s), divmod(s, 4), bool(s), bool(Small(0)))
print(["a", "b", "c", "d", "e", "f", "g", "h"][s], hex(s), operator.index(s))
print(isinstance(s, numbers.Rational), isinstance(s, numbers.Real))
