"""The numeric tower (`numbers`): Number > Complex > Real > Rational > Integral as abstract
base classes, with the builtin numeric types registered where they belong. Written in Python
over `abc`: these are class declarations, nothing here runs on a hot path."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(name, doc):
    """An abstract method that only documents the operation it stands for."""
    def method(self, *args):
        raise NotImplementedError
    method.__name__ = name
    method.__qualname__ = name
    method.__doc__ = doc
    return abstractmethod(method)


class Number(metaclass=ABCMeta):
    """The root of the numeric tower: isinstance(x, Number) tells whether x is a number."""
    __slots__ = ()
    # Concrete numbers define their own hash; the ABC itself is unhashable.
    __hash__ = None


class Complex(Number):
    """Numbers with the operations of the builtin complex type."""
    __slots__ = ()

    __complex__ = _abstract("__complex__", "complex(self)")
    __add__ = _abstract("__add__", "self + other")
    __radd__ = _abstract("__radd__", "other + self")
    __neg__ = _abstract("__neg__", "-self")
    __pos__ = _abstract("__pos__", "+self")
    __mul__ = _abstract("__mul__", "self * other")
    __rmul__ = _abstract("__rmul__", "other * self")
    __truediv__ = _abstract("__truediv__", "self / other")
    __rtruediv__ = _abstract("__rtruediv__", "other / self")
    __pow__ = _abstract("__pow__", "self ** exponent")
    __rpow__ = _abstract("__rpow__", "base ** self")
    __abs__ = _abstract("__abs__", "abs(self)")
    conjugate = _abstract("conjugate", "(x+y*i).conjugate() returns (x-y*i)")
    __eq__ = _abstract("__eq__", "self == other")

    @property
    @abstractmethod
    def real(self):
        """The real component of this number."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary component of this number."""
        raise NotImplementedError

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


class Real(Complex):
    """Numbers with the operations of the builtin float type: ordered, and with the
    rounding and division operations that ordering allows."""
    __slots__ = ()

    __float__ = _abstract("__float__", "float(self)")
    __trunc__ = _abstract("__trunc__", "math.trunc(self)")
    __floor__ = _abstract("__floor__", "math.floor(self)")
    __ceil__ = _abstract("__ceil__", "math.ceil(self)")
    __round__ = _abstract("__round__", "round(self, ndigits)")
    __floordiv__ = _abstract("__floordiv__", "self // other")
    __rfloordiv__ = _abstract("__rfloordiv__", "other // self")
    __mod__ = _abstract("__mod__", "self % other")
    __rmod__ = _abstract("__rmod__", "other % self")
    __lt__ = _abstract("__lt__", "self < other")
    __le__ = _abstract("__le__", "self <= other")

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Real numbers that are a ratio of two integers."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        # int division rounds correctly where float(numerator) / float(denominator) may not.
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rational numbers with denominator 1, and the bitwise operations of int."""
    __slots__ = ()

    __int__ = _abstract("__int__", "int(self)")
    __lshift__ = _abstract("__lshift__", "self << other")
    __rlshift__ = _abstract("__rlshift__", "other << self")
    __rshift__ = _abstract("__rshift__", "self >> other")
    __rrshift__ = _abstract("__rrshift__", "other >> self")
    __and__ = _abstract("__and__", "self & other")
    __rand__ = _abstract("__rand__", "other & self")
    __xor__ = _abstract("__xor__", "self ^ other")
    __rxor__ = _abstract("__rxor__", "other ^ self")
    __or__ = _abstract("__or__", "self | other")
    __ror__ = _abstract("__ror__", "other | self")
    __invert__ = _abstract("__invert__", "~self")

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent % modulus"""
        raise NotImplementedError

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
