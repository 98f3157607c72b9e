"""Rational numbers: `Fraction`, exact arithmetic on numerator/denominator pairs kept in
lowest terms. Written in Python: the work is int arithmetic, which is native already."""

import math as _math
import numbers as _numbers

__all__ = ["Fraction"]

# CPython's hash of numbers is their value modulo this prime, so that equal numbers of
# different types hash alike.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _digits(s, i, allow_empty):
    """Digits from s[i], with single underscores between them: (text, end) or None."""
    j = i
    n = len(s)
    while j < n and s[j].isdecimal():
        j += 1
        if j + 1 < n and s[j] == "_" and s[j + 1].isdecimal():
            j += 1
    if j == i and not allow_empty:
        return None
    return s[i:j].replace("_", ""), j


def _parse(text):
    """(numerator, denominator) of a literal such as '3/4', '-1.5e3', ' 7 ', or None."""
    s = text.strip()
    i = 0
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        i = 1
    if not (s[i:i + 1].isdecimal() or (s[i:i + 1] == "." and s[i + 1:i + 2].isdecimal())):
        return None
    num, i = _digits(s, i, True)
    numerator = int(num) if num else 0
    denominator = 1
    if i < len(s) and s[i] == "/":
        d = _digits(s, i + 1, False)
        if d is None or d[1] != len(s):
            return None
        return sign * numerator, int(d[0])
    if i < len(s) and s[i] == ".":
        dec, i = _digits(s, i + 1, True)
        if dec:
            scale = 10 ** len(dec)
            numerator = numerator * scale + int(dec)
            denominator *= scale
    if i < len(s) and s[i] in "eE":
        j = i + 1
        esign = 1
        if s[j:j + 1] in ("+", "-"):
            esign = -1 if s[j] == "-" else 1
            j += 1
        e = _digits(s, j, False)
        if e is None:
            return None
        exp, i = int(e[0]) * esign, e[1]
        if exp >= 0:
            numerator *= 10 ** exp
        else:
            denominator *= 10 ** -exp
    if i != len(s):
        return None
    return sign * numerator, denominator


def _is_rational(x):
    # The builtin cases first: the ABC check is much slower than a type check.
    if isinstance(x, (int, Fraction)):
        return True
    if isinstance(x, (float, complex, str)):
        return False
    return isinstance(x, _numbers.Rational)


def _num(x):
    if isinstance(x, Fraction):
        return x._numerator
    return int(x) if isinstance(x, int) else x.numerator


def _den(x):
    if isinstance(x, Fraction):
        return x._denominator
    return 1 if isinstance(x, int) else x.denominator


def _is_decimal(x):
    # Known by its class, so that fractions need not import decimal.
    return any(c.__name__ == "Decimal" and c.__module__ == "decimal" for c in type(x).__mro__)


class Fraction(_numbers.Rational):
    """A rational number: `Fraction(3, 4)`, `Fraction('0.75')`, `Fraction(0.75)`."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = int(_num(numerator))
                self._denominator = int(_den(numerator))
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                _num(numerator) * _den(denominator),
                _num(denominator) * _den(numerator))
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not "
                            f"{f!r} ({type(f).__name__})")
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError(f"{cls.__name__}.from_decimal() only takes Decimals, not "
                            f"{dec!r} ({type(dec).__name__})")
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most `max_denominator`."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Convergents of the continued fraction, then the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return f"{self.__class__.__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # ---- arithmetic: Fraction with int or Fraction stays exact; with float it is float ----

    def _binary(a, b, exact, inexact):
        # Only the known exact types here; another Rational gets its reflected method first.
        if isinstance(b, (int, Fraction)):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        return NotImplemented

    def _rbinary(b, a, exact, inexact):
        if _is_rational(a):
            # As given: another Rational's terms are used without reducing them first.
            return exact(Fraction(_num(a), _den(a), _normalize=False), b)
        if isinstance(a, float):
            return inexact(a, float(b))
        return NotImplemented

    def _add(a, b):
        return Fraction(_num(a) * _den(b) + _num(b) * _den(a),
                        _den(a) * _den(b))

    def _sub(a, b):
        return Fraction(_num(a) * _den(b) - _num(b) * _den(a),
                        _den(a) * _den(b))

    def _mul(a, b):
        # Cancelling across the terms keeps the numbers small; terms in lowest terms give a
        # result in lowest terms.
        na, da, nb, db = _num(a), _den(a), _num(b), _den(b)
        g1 = _math.gcd(na, db)
        g2 = _math.gcd(nb, da)
        return Fraction((na // g1) * (nb // g2), (da // g2) * (db // g1), _normalize=False)

    def _div(a, b):
        na, da, nb, db = _num(a), _den(a), _num(b), _den(b)
        g1 = _math.gcd(na, nb) or 1
        g2 = _math.gcd(db, da)
        n, d = (na // g1) * (db // g2), (nb // g1) * (da // g2)
        if d == 0:
            raise ZeroDivisionError(f"Fraction({n}, 0)")
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (_num(a) * _den(b)) // (_den(a) * _num(b))

    def _divmod(a, b):
        da, db = _den(a), _den(b)
        div, n_mod = divmod(_num(a) * db, da * _num(b))
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = _den(a), _den(b)
        return Fraction((_num(a) * db) % (_num(b) * da), da * db)

    def __add__(a, b):
        return a._binary(b, Fraction._add, lambda x, y: x + y)

    def __radd__(b, a):
        return b._rbinary(a, Fraction._add, lambda x, y: x + y)

    def __sub__(a, b):
        return a._binary(b, Fraction._sub, lambda x, y: x - y)

    def __rsub__(b, a):
        return b._rbinary(a, Fraction._sub, lambda x, y: x - y)

    def __mul__(a, b):
        return a._binary(b, Fraction._mul, lambda x, y: x * y)

    def __rmul__(b, a):
        return b._rbinary(a, Fraction._mul, lambda x, y: x * y)

    def __truediv__(a, b):
        return a._binary(b, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(b, a):
        return b._rbinary(a, Fraction._div, lambda x, y: x / y)

    def __floordiv__(a, b):
        return a._binary(b, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return b._rbinary(a, Fraction._floordiv, lambda x, y: x // y)

    def __divmod__(a, b):
        return a._binary(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._rbinary(a, Fraction._divmod, divmod)

    def __mod__(a, b):
        return a._binary(b, Fraction._mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return b._rbinary(a, Fraction._mod, lambda x, y: x % y)

    def __pow__(a, b):
        if _is_rational(b):
            if _den(b) == 1:
                power = _num(b)
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError(f"Fraction({a._denominator ** -power}, 0)")
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, float):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        n, d = a._numerator, a._denominator
        return n / d

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        h = h if self._numerator >= 0 else -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == _num(b) and a._denominator == _den(b)
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if _is_rational(b):
            return op(a._numerator * _den(b), a._denominator * _num(b))
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return op(0.0, b)
            return op(a, a.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
