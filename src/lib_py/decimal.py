"""Decimal fixed and floating point arithmetic (`decimal`), after the General Decimal
Arithmetic specification that CPython's module follows.

Written in Python over Python ints: a coefficient is an int, so the arithmetic is exact int
arithmetic followed by one rounding step (`_finish`), and the ints are native already. What is
not done raises NotImplementedError naming it (see LIMITATIONS.md)."""

import math as _math
from collections import namedtuple as _namedtuple
from contextvars import ContextVar as _ContextVar

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible",
    "InvalidContext", "ConversionSyntax", "DivisionUndefined",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
    "setcontext", "getcontext", "localcontext",
    "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    __module__ = "decimal"


class Clamped(DecimalException):
    __module__ = "decimal"


class InvalidOperation(DecimalException):
    __module__ = "decimal"


class ConversionSyntax(InvalidOperation):
    __module__ = "decimal"


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = "decimal"


class DivisionImpossible(InvalidOperation):
    __module__ = "decimal"


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = "decimal"


class Inexact(DecimalException):
    __module__ = "decimal"


class InvalidContext(InvalidOperation):
    __module__ = "decimal"


class Rounded(DecimalException):
    __module__ = "decimal"


class Subnormal(DecimalException):
    __module__ = "decimal"


class Overflow(Inexact, Rounded):
    __module__ = "decimal"


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = "decimal"


class FloatOperation(DecimalException, TypeError):
    __module__ = "decimal"


# The signals a context has flags and traps for, in the order CPython shows them.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
# The order a context's repr lists them in.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)
# Conditions that are reported as the signal InvalidOperation.
_INVALID_CONDITIONS = (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)


def _signal_of(condition):
    return InvalidOperation if condition in _INVALID_CONDITIONS else condition


class _SignalDict(dict):
    """A context's flags or traps: one bool for each signal."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(key)
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return "{" + ", ".join(f"{k!r}:{v}" for k, v in self.items()) + "}"

    def copy(self):
        return _SignalDict(self)


def _signal_dict(on=()):
    d = _SignalDict()
    for s in _SIGNALS:
        dict.__setitem__(d, s, s in on)
    return d


# ---------------------------------------------------------------- context

class Context:
    """The environment of arithmetic: precision, rounding, exponent limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = base.traps if base else (InvalidOperation, DivisionByZero, Overflow)
        if flags is None:
            flags = ()
        object.__setattr__(self, "traps", self._signals(traps))
        object.__setattr__(self, "flags", self._signals(flags))

    @staticmethod
    def _signals(given):
        if isinstance(given, dict):
            d = _signal_dict()
            for k, v in given.items():
                d[k] = v
            return d
        on = list(given)
        for s in on:
            if s not in _SIGNALS:
                raise KeyError(s)
        return _signal_dict(on)

    def __setattr__(self, name, value):
        if name == "prec":
            value = self._int_attr(name, value, 1, MAX_PREC)
        elif name == "Emin":
            value = self._int_attr(name, value, MIN_EMIN, 0)
        elif name == "Emax":
            value = self._int_attr(name, value, 0, MAX_EMAX)
        elif name in ("capitals", "clamp"):
            value = self._int_attr(name, value, 0, 1)
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, "
                                "ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, "
                                "ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name in ("traps", "flags"):
            value = self._signals(value)
        else:
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    @staticmethod
    def _int_attr(name, value, lo, hi):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if not lo <= value <= hi:
            if name in ("capitals", "clamp"):
                raise ValueError(f"valid values for {name} are 0 or 1")
            bounds = {"prec": "[1, MAX_PREC]", "Emin": "[MIN_EMIN, 0]",
                      "Emax": "[0, MAX_EMAX]"}[name]
            raise ValueError(f"valid range for {name} is {bounds}")
        return value

    def __repr__(self):
        flags = ", ".join(s.__name__ for s in _REPR_ORDER if self.flags[s])
        traps = ", ".join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, "
                f"Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, "
                f"flags=[{flags}], traps=[{traps}])")

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, self.flags, self.traps)

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, [s for s in _SIGNALS if self.flags[s]],
                          [s for s in _SIGNALS if self.traps[s]]))

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, conditions):
        """Records the conditions an operation met in the flags; raises the first trapped."""
        trapped = []
        for cond in conditions:
            sig = _signal_of(cond)
            dict.__setitem__(self.flags, sig, True)
            if self.traps[sig] and cond not in trapped:
                trapped.append(cond)
        if trapped:
            trapped.sort(key=lambda c: _SIGNALS.index(_signal_of(c)))
            raise _signal_of(trapped[0])(trapped)

    def create_decimal(self, num="0"):
        if isinstance(num, str) and num != num.strip():
            conds = [ConversionSyntax]
            self._raise(conds)
            return _NAN
        d = Decimal(num, context=self)
        if isinstance(num, float):
            self._raise([FloatOperation])
        conds = []
        if d._exp in ("n", "N") and d._int and len(str(d._int)) > self.prec - self.clamp:
            conds.append(ConversionSyntax)
            self._raise(conds)
            return _NAN
        d = d._finish(self, conds)
        self._raise(conds)
        return d

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        conds = []
        d = d._finish(self, conds)
        self._raise(conds)
        return d

    def _apply(self, a):
        return self.plus(a)

    def to_sci_string(self, a):
        return _arg(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _arg(a, True).to_eng_string(context=self)

    def copy_decimal(self, a):
        return Decimal(_arg(a, True))

    def radix(self):
        return Decimal(10)

    def power(self, a, b, modulo=None):
        return _arg(a, True).__pow__(b, modulo, context=self, _strict=True)

    def divmod(self, a, b):
        return _arg(a, True).__divmod__(_arg(b, True), context=self)

    def canonical(self, a):
        return _arg(a, True)


def _arg(x, strict):
    """A Decimal from an argument of a Context method (ints are accepted)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError(f"conversion from {type(x).__name__} to Decimal is not supported")


def _context_method(name, nargs, wants_context=True):
    def method(self, *args):
        if len(args) != nargs:
            raise TypeError(f"{name}() takes exactly {nargs} argument"
                            f"{'s' if nargs != 1 else ''} ({len(args)} given)")
        first = _arg(args[0], True)
        rest = [_arg(a, True) for a in args[1:]]
        if wants_context:
            return getattr(first, name)(*rest, context=self)
        return getattr(first, name)(*rest)
    method.__name__ = name
    return method


for _name, _target, _n, _ctx in (
        ("abs", "__abs__", 1, True), ("add", "__add__", 2, True),
        ("subtract", "__sub__", 2, True), ("multiply", "__mul__", 2, True),
        ("divide", "__truediv__", 2, True), ("divide_int", "__floordiv__", 2, True),
        ("remainder", "__mod__", 2, True), ("minus", "__neg__", 1, True),
        ("plus", "__pos__", 1, True)):
    def _make(target, n, name):
        inner = _context_method(target, n)
        def method(self, *args):
            return inner(self, *args)
        method.__name__ = name
        return method
    setattr(Context, _name, _make(_target, _n, _name))

for _name, _n, _ctx in (
        ("compare", 2, True), ("compare_signal", 2, True), ("compare_total", 2, False),
        ("compare_total_mag", 2, False), ("copy_abs", 1, False), ("copy_negate", 1, False),
        ("copy_sign", 2, True), ("exp", 1, True), ("fma", 3, True), ("is_canonical", 1, False),
        ("is_finite", 1, False), ("is_infinite", 1, False), ("is_nan", 1, False),
        ("is_normal", 1, True), ("is_qnan", 1, False), ("is_signed", 1, False),
        ("is_snan", 1, False), ("is_subnormal", 1, True), ("is_zero", 1, False),
        ("ln", 1, True), ("log10", 1, True), ("logb", 1, True), ("max", 2, True),
        ("max_mag", 2, True), ("min", 2, True), ("min_mag", 2, True),
        ("next_minus", 1, True), ("next_plus", 1, True), ("next_toward", 2, True),
        ("normalize", 1, True), ("number_class", 1, True), ("quantize", 2, True),
        ("remainder_near", 2, True), ("same_quantum", 2, False), ("scaleb", 2, True),
        ("sqrt", 1, True), ("to_integral", 1, True), ("to_integral_exact", 1, True),
        ("to_integral_value", 1, True), ("logical_and", 2, True), ("logical_or", 2, True),
        ("logical_xor", 2, True), ("logical_invert", 1, True), ("rotate", 2, True),
        ("shift", 2, True)):
    setattr(Context, _name, _context_method(_name, _n, _ctx))
del _name, _n, _ctx

_current = _ContextVar("decimal_context")


def getcontext():
    """The context of the running thread or task (a copy of DefaultContext at first)."""
    try:
        return _current.get()
    except LookupError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _current.set(ctx)
        return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current.set(context)


class _ContextManager:
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager running its block in a copy of `ctx` (the current context)."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    ctx = ctx.copy()
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags",
                       "traps"):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(ctx, key, value)
    return _ContextManager(ctx)


# ---------------------------------------------------------------- rounding helpers

def _digits(n):
    return len(str(n))


def _round_away(q, r, half_cmp, sign, rounding):
    """Whether dropping remainder r from quotient q rounds q up in magnitude. half_cmp is
    r compared with half a unit (-1, 0, 1)."""
    if r == 0:
        return False
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_HALF_UP:
        return half_cmp >= 0
    if rounding == ROUND_HALF_DOWN:
        return half_cmp > 0
    if rounding == ROUND_HALF_EVEN:
        return half_cmp > 0 or (half_cmp == 0 and q % 2 == 1)
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return q % 5 == 0  # ROUND_05UP


def _drop_digits(coeff, n, sign, rounding):
    """coeff with its n lowest digits rounded away: (new coefficient, inexact)."""
    if n <= 0:
        return coeff * 10 ** -n, False
    if n > _digits(coeff) + 1:
        q, r, half_cmp = 0, (1 if coeff else 0), -1
    else:
        unit = 10 ** n
        q, r = divmod(coeff, unit)
        half_cmp = (r * 2 > unit) - (r * 2 < unit)
    if _round_away(q, r, half_cmp, sign, rounding):
        q += 1
    return q, r != 0


# ---------------------------------------------------------------- Decimal

def _new(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._is_special = exp.__class__ is str
    return d


def _parse(s):
    """(sign, coefficient, exponent) of a numeric string, or None."""
    # CPython's module drops every underscore, wherever it is.
    s = s.strip().replace("_", "")
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, "F"
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload == "":
                return sign, 0, kind
            if not payload.isdecimal():
                return None
            return sign, int(payload), kind
    mant, e, exp_text = s, "", ""
    for marker in ("e", "E"):
        if marker in s:
            mant, _, exp_text = s.partition(marker)
            e = marker
            break
    exp = 0
    if e:
        t = exp_text
        if t[:1] in ("+", "-"):
            t = t[1:]
        if not t or not t.isdecimal():
            return None
        exp = int(exp_text)
    intpart, dot, frac = mant.partition(".")
    if not intpart and not frac:
        return None
    if (intpart and not intpart.isdecimal()) or (frac and not frac.isdecimal()):
        return None
    digits = intpart + frac
    return sign, int(digits), exp - len(frac)


class Decimal:
    """A decimal floating point number: Decimal('3.14'), Decimal(10), Decimal(0.1)."""

    __slots__ = ("_sign", "_int", "_exp", "_is_special")

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        if isinstance(value, Decimal):
            sign, coeff, exp = value._sign, value._int, value._exp
        elif isinstance(value, int):
            sign, coeff, exp = int(value < 0), abs(int(value)), 0
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                ctx._raise([ConversionSyntax])
                sign, coeff, exp = 0, 0, "n"
            else:
                sign, coeff, exp = parsed
        elif isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._raise([FloatOperation])
            d = Decimal.from_float(value)
            sign, coeff, exp = d._sign, d._int, d._exp
        elif isinstance(value, (tuple, list)):
            sign, coeff, exp = cls._from_tuple(value)
        elif isinstance(value, complex):
            raise TypeError("conversion from complex to Decimal is not supported")
        else:
            raise TypeError(f"conversion from {type(value).__name__} to Decimal is not "
                            "supported")
        self = object.__new__(cls)
        self._sign = sign
        self._int = coeff
        self._exp = exp
        self._is_special = exp.__class__ is str
        return self

    @staticmethod
    def _from_tuple(value):
        if len(value) != 3:
            raise ValueError("argument must be a sequence of length 3")
        sign, digits, exp = value
        if sign not in (0, 1) or isinstance(sign, bool):
            raise ValueError("sign must be an integer with the value 0 or 1")
        if isinstance(exp, str):
            if exp not in ("F", "n", "N"):
                raise ValueError("string argument in the third position must be 'F', 'n' "
                                 "or 'N'")
        elif not isinstance(exp, int):
            raise ValueError("exponent must be an integer")
        if not isinstance(digits, (tuple, list)):
            raise ValueError("coefficient must be a tuple of digits")
        coeff = 0
        for dgt in digits:
            if not isinstance(dgt, int) or not 0 <= dgt <= 9:
                raise ValueError("coefficient must be a tuple of digits")
            coeff = coeff * 10 + dgt
        if exp == "F":
            coeff = 0
        return sign, coeff, exp

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = Decimal(f)
        elif not isinstance(f, float):
            raise TypeError("argument must be int or float")
        elif f != f:
            d = _new(int(_math.copysign(1.0, f) < 0), 0, "n")
        elif f in (float("inf"), float("-inf")):
            d = _new(int(f < 0), 0, "F")
        else:
            sign = int(_math.copysign(1.0, f) < 0)
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = _new(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # ---- properties of the value

    def _isnan(self):
        return self._exp in ("n", "N")

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._is_special) \
            else ()
        if self._exp == "F":
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == "F"

    def is_nan(self):
        return self._isnan()

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx.Emin

    def number_class(self, context=None):
        if self._exp == "N":
            return "sNaN"
        if self._exp == "n":
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._exp == "F":
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def same_quantum(self, other, context=None):
        other = self._other(other, True)
        if self._is_special or other._is_special:
            return (self._isnan() and other._isnan()) or (
                self._exp == "F" and other._exp == "F")
        return self._exp == other._exp

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # ---- strings

    def __repr__(self):
        return f"Decimal('{self}')"

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._is_special:
            if self._exp == "F":
                return sign + "Infinity"
            payload = str(self._int) if self._int else ""
            return sign + ("NaN" if self._exp == "n" else "sNaN") + payload
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = "0", "." + "0" * -dotplace + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
        else:
            intpart, fracpart = digits[:dotplace], "." + digits[dotplace:]
        if leftdigits == dotplace:
            expo = ""
        else:
            ctx = context if context is not None else getcontext()
            expo = ("E" if ctx.capitals else "e") + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + expo

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # ---- conversion of the other operand

    def _other(self, other, raise_on_fail=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if raise_on_fail:
            raise TypeError(f"conversion from {type(other).__name__} to Decimal is not "
                            "supported")
        return NotImplemented

    # ---- NaN handling

    def _check_nans(self, other, ctx, conds):
        """The result of an operation with a NaN operand, or None."""
        if self._exp == "N" or (other is not None and other._exp == "N"):
            conds.append(InvalidOperation)
            src = self if self._exp == "N" else other
            return _new(src._sign, src._int, "n")._fix_nan(ctx)
        if self._exp == "n":
            return self._fix_nan(ctx)
        if other is not None and other._exp == "n":
            return other._fix_nan(ctx)
        return None

    def _fix_nan(self, ctx):
        limit = ctx.prec - ctx.clamp
        if self._int and _digits(self._int) > limit:
            return _new(self._sign, int(str(self._int)[-limit:]) if limit else 0, self._exp)
        return self

    # ---- the rounding step every result goes through

    def _finish(self, ctx, conds, rounding=None):
        """This value fitted to the context: rounded to its precision, with the exponent
        limits applied; the conditions met are added to conds."""
        if self._is_special:
            return self._fix_nan(ctx) if self._isnan() else self
        rounding = rounding or ctx.rounding
        sign, coeff, exp = self._sign, self._int, self._exp
        prec = ctx.prec
        etiny = ctx.Emin - prec + 1
        etop = ctx.Emax - prec + 1
        if coeff == 0:
            exp_max = ctx.Emax if ctx.clamp == 0 else etop
            new_exp = min(max(exp, etiny), exp_max)
            if new_exp != exp:
                conds.append(Clamped)
                return _new(sign, 0, new_exp)
            return self
        ndigits = _digits(coeff)
        exp_min = ndigits + exp - prec
        if exp_min > etop:
            return _overflow(sign, ctx, conds, rounding)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if exp < exp_min:
            coeff, inexact = _drop_digits(coeff, exp_min - exp, sign, rounding)
            exp = exp_min
            if _digits(coeff) > prec:
                coeff //= 10
                exp += 1
            if exp > etop:
                return _overflow(sign, ctx, conds, rounding)
            if subnormal:
                conds.append(Subnormal)
                if inexact:
                    conds.append(Underflow)
                    if coeff == 0:
                        conds.append(Clamped)
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
            return _new(sign, coeff, exp)
        if subnormal:
            conds.append(Subnormal)
        if ctx.clamp == 1 and exp > etop:
            conds.append(Clamped)
            return _new(sign, coeff * 10 ** (exp - etop), etop)
        return self

    # ---- arithmetic

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(None, ctx, conds)
        if r is None:
            r = _new(0, 0, self._exp) if (not self._is_special and self._int == 0 and
                                        ctx.rounding != ROUND_FLOOR) else self
            r = r._finish(ctx, conds)
        ctx._raise(conds)
        return r

    def plus(self, context=None):
        return self.__pos__(context)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(None, ctx, conds)
        if r is None:
            if not self._is_special and self._int == 0 and ctx.rounding != ROUND_FLOOR:
                r = _new(0, 0, self._exp)
            else:
                r = _new(1 - self._sign, self._int, self._exp)
            r = r._finish(ctx, conds)
        ctx._raise(conds)
        return r

    def minus(self, context=None):
        return self.__neg__(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(None, ctx, conds)
        if r is None:
            r = _new(0, self._int, self._exp)._finish(ctx, conds)
        ctx._raise(conds)
        return r

    def _add(a, b, ctx, conds):
        r = a._check_nans(b, ctx, conds)
        if r is not None:
            return r
        if a._exp == "F":
            if b._exp == "F" and a._sign != b._sign:
                conds.append(InvalidOperation)
                return _NAN
            return a
        if b._exp == "F":
            return b
        exp = min(a._exp, b._exp)
        if a._int == 0 and b._int == 0:
            sign = a._sign & b._sign
            if ctx.rounding == ROUND_FLOOR and a._sign != b._sign:
                sign = 1
            return _new(sign, 0, exp)._finish(ctx, conds)
        if a._int == 0 or b._int == 0:
            # The result is the other operand, at the smaller exponent as far as the
            # precision allows.
            nz, z = (b, a) if a._int == 0 else (a, b)
            shift = max(0, min(nz._exp - z._exp, ctx.prec + 1 - _digits(nz._int)))
            return _new(nz._sign, nz._int * 10 ** shift, nz._exp - shift)._finish(ctx, conds)
        # Far apart, the smaller operand only decides the rounding: a single digit at a
        # place below the precision stands in for it, so the ints stay small.
        big, small = (a, b) if a._exp >= b._exp else (b, a)
        floor = big._exp + min(-1, _digits(big._int) - ctx.prec - 2)
        if small._exp + _digits(small._int) - 1 < floor:
            small = _new(small._sign, 1, floor)
            exp = small._exp
        total = ((-1) ** big._sign * big._int * 10 ** (big._exp - exp)
                 + (-1) ** small._sign * small._int * 10 ** (small._exp - exp))
        if total == 0:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _new(sign, 0, exp)._finish(ctx, conds)
        return _new(int(total < 0), abs(total), exp)._finish(ctx, conds)

    def _run(self, other, ctx, op):
        ctx = ctx if ctx is not None else getcontext()
        conds = []
        r = op(self, other, ctx, conds)
        ctx._raise(conds)
        return r

    def __add__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(self, other, "+")
        other = converted
        return self._run(other, context, Decimal._add)

    def __radd__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(other, self, "+", reflected=True)
        other = converted
        return other._run(self, context, Decimal._add)

    def __sub__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(self, other, "-")
        other = converted
        return self._run(other.copy_negate(), context, Decimal._add) if not other._isnan() \
            else self._run(other, context, Decimal._add)

    def __rsub__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(other, self, "-", reflected=True)
        other = converted
        return other.__sub__(self, context=context)

    def _mul(a, b, ctx, conds):
        r = a._check_nans(b, ctx, conds)
        if r is not None:
            return r
        sign = a._sign ^ b._sign
        if a._exp == "F" or b._exp == "F":
            if (a._exp != "F" and a._int == 0) or (b._exp != "F" and b._int == 0):
                conds.append(InvalidOperation)
                return _NAN
            return _new(sign, 0, "F")
        return _new(sign, a._int * b._int, a._exp + b._exp)._finish(ctx, conds)

    def __mul__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(self, other, "*")
        other = converted
        return self._run(other, context, Decimal._mul)

    def __rmul__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(other, self, "*", reflected=True)
        other = converted
        return other._run(self, context, Decimal._mul)

    def _div(a, b, ctx, conds):
        r = a._check_nans(b, ctx, conds)
        if r is not None:
            return r
        sign = a._sign ^ b._sign
        if a._exp == "F":
            if b._exp == "F":
                conds.append(InvalidOperation)
                return _NAN
            return _new(sign, 0, "F")
        if b._exp == "F":
            conds.append(Clamped)
            return _new(sign, 0, ctx.Emin - ctx.prec + 1)
        if b._int == 0:
            if a._int == 0:
                conds.append(DivisionUndefined)
                return _NAN
            conds.append(DivisionByZero)
            return _new(sign, 0, "F")
        ideal = a._exp - b._exp
        if a._int == 0:
            return _new(sign, 0, ideal)._finish(ctx, conds)
        shift = _digits(b._int) - _digits(a._int) + ctx.prec + 1
        if shift >= 0:
            q, rem = divmod(a._int * 10 ** shift, b._int)
        else:
            q, rem = divmod(a._int, b._int * 10 ** -shift)
        exp = ideal - shift
        if rem:
            # A sticky digit below the precision makes the rounding see the remainder.
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _new(sign, q, exp)._finish(ctx, conds)

    def __truediv__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(self, other, "/")
        other = converted
        return self._run(other, context, Decimal._div)

    def __rtruediv__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(other, self, "/", reflected=True)
        other = converted
        return other._run(self, context, Decimal._div)

    def _divmod(a, b, ctx, conds, want):
        """Truncated integer division: want is 'q', 'r' or 'qr'."""
        r = a._check_nans(b, ctx, conds)
        if r is not None:
            return r if want != "qr" else (r, r)
        sign = a._sign ^ b._sign
        if a._exp == "F":
            if b._exp == "F" or want != "q":
                conds.append(InvalidOperation)
            if b._exp == "F":
                return _NAN if want != "qr" else (_NAN, _NAN)
            inf = _new(sign, 0, "F")
            return inf if want == "q" else _NAN if want == "r" else (inf, _NAN)
        if b._exp == "F":
            q = _new(sign, 0, 0)
            rr = a._finish(ctx, conds) if want != "q" else None
            return q if want == "q" else rr if want == "r" else (q, rr)
        if b._int == 0:
            if a._int == 0 or want == "r":
                conds.append(DivisionUndefined if a._int == 0 else InvalidOperation)
                return _NAN if want != "qr" else (_NAN, _NAN)
            conds.append(DivisionByZero)
            conds.append(InvalidOperation) if want == "qr" else None
            inf = _new(sign, 0, "F")
            return inf if want == "q" else (inf, _NAN)
        exp = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - exp)
        y = b._int * 10 ** (b._exp - exp)
        q, rem = divmod(x, y)
        if _digits(q) > ctx.prec:
            conds.append(DivisionImpossible)
            return _NAN if want != "qr" else (_NAN, _NAN)
        quot = _new(sign, q, 0)
        rest = _new(a._sign, rem, exp)._finish(ctx, conds) if want != "q" else None
        return quot if want == "q" else rest if want == "r" else (quot, rest)

    def __floordiv__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(self, other, "//")
        other = converted
        return self._run(other, context, lambda a, b, c, k: Decimal._divmod(a, b, c, k, "q"))

    def __rfloordiv__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(other, self, "//", reflected=True)
        other = converted
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(self, other, "%")
        other = converted
        return self._run(other, context, lambda a, b, c, k: Decimal._divmod(a, b, c, k, "r"))

    def __rmod__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(other, self, "%", reflected=True)
        other = converted
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(self, other, "divmod()")
        other = converted
        return self._run(other, context,
                         lambda a, b, c, k: Decimal._divmod(a, b, c, k, "qr"))

    def __rdivmod__(self, other, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(other, self, "divmod()", reflected=True)
        other = converted
        return other.__divmod__(self, context=context)

    def remainder_near(self, other, context=None):
        other = self._other(other, True)
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(other, ctx, conds)
        if r is None:
            if self._exp == "F" or (other._int == 0 and other._exp != "F"):
                conds.append(InvalidOperation if self._exp == "F" or self._int
                             else DivisionUndefined)
                r = _NAN
            elif other._exp == "F":
                r = self._finish(ctx, conds)
            else:
                exp = min(self._exp, other._exp)
                x = self._int * 10 ** (self._exp - exp)
                y = other._int * 10 ** (other._exp - exp)
                q, rem = divmod(x, y)
                if 2 * rem > y or (2 * rem == y and q % 2 == 1):
                    rem -= y
                    q += 1
                if _digits(q) > ctx.prec:
                    conds.append(DivisionImpossible)
                    r = _NAN
                else:
                    sign = self._sign if rem >= 0 else 1 - self._sign
                    r = _new(sign, abs(rem), exp)._finish(ctx, conds)
        ctx._raise(conds)
        return r

    def __pow__(self, other, modulo=None, context=None, _strict=False):
        converted = self._other(other, _strict)
        if converted is NotImplemented:
            return _unsupported(self, other, "** or pow()")
        other = converted
        ctx = context if context is not None else getcontext()
        conds = []
        if modulo is not None:
            r = self._powmod(other, self._other(modulo, True), ctx, conds)
        else:
            r = self._pow(other, ctx, conds)
        ctx._raise(conds)
        return r

    def __rpow__(self, other, modulo=None, context=None):
        converted = self._other(other)
        if converted is NotImplemented:
            return _unsupported(other, self, "** or pow()", reflected=True)
        other = converted
        return other.__pow__(self, modulo, context=context)

    def _integral(self):
        return not self._is_special and (self._exp >= 0 or self._int % 10 ** -self._exp == 0)

    def _to_int(self):
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    def _pow(a, b, ctx, conds):
        r = a._check_nans(b, ctx, conds)
        if r is not None:
            return r
        b_int = b._integral()
        b_odd = b_int and b._to_int() % 2 == 1
        if a._sign and not a._is_special and a._int and not b_int and b._exp != "F":
            conds.append(InvalidOperation)
            return _NAN
        if a._exp != "F" and a._int == 0:
            if b._exp != "F" and b._int == 0:
                conds.append(InvalidOperation)
                return _NAN
            sign = a._sign if b_odd else 0
            if b._sign:
                return _new(sign, 0, "F")
            return _new(sign, 0, 0)
        if a._exp == "F":
            sign = a._sign if b_odd else 0
            if b._exp != "F" and b._int == 0:
                return _new(0, 1, 0)
            if b._sign:
                return _new(sign, 0, 0)
            return _new(sign, 0, "F")
        if b._exp == "F":
            if a._sign:
                conds.append(InvalidOperation)
                return _NAN
            cmp = _compare_abs_one(a)
            if cmp == 0:
                conds.extend((Inexact, Rounded))
                return _new(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
            if (cmp > 0) != bool(b._sign):
                return _new(0, 0, "F")
            return _new(0, 0, 0)
        if b._int == 0:
            return _new(0, 1, 0)
        if not b_int:
            return a._real_power(b, ctx, conds)
        n = b._to_int()
        sign = a._sign if n % 2 else 0
        if abs(n) * _digits(a._int) <= 4 * ctx.prec + 2000:
            power = _new(sign, a._int ** abs(n), a._exp * abs(n))
        else:
            power = _power_approx(sign, a._int, a._exp, abs(n), ctx.prec)
        if n > 0:
            return power._finish(ctx, conds)
        return _new(0, 1, 0)._div(power, ctx, conds)

    def _powmod(a, b, m, ctx, conds):
        r = a._check_nans(b, ctx, conds)
        if r is None:
            r = m._check_nans(None, ctx, conds)
        if r is not None:
            return r
        if not (a._integral() and b._integral() and m._integral()) or m._int == 0 or \
                b._sign or (a._int == 0 and b._int == 0) or _digits(m._int) > ctx.prec:
            conds.append(InvalidOperation)
            return _NAN
        x, y, mod = a._to_int(), b._to_int(), abs(m._to_int())
        v = pow(abs(x), y, mod)
        sign = a._sign if y % 2 else 0
        return _new(sign, v, 0)

    def fma(self, other, third, context=None):
        other = self._other(other, True)
        third = self._other(third, True)
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(other, ctx, conds)
        if r is None and self._exp != "F" and other._exp != "F":
            product = _new(self._sign ^ other._sign, self._int * other._int,
                           self._exp + other._exp)
        elif r is None:
            product = self._mul(other, ctx, conds)
        if r is None:
            r = product._add(third, ctx, conds)
        ctx._raise(conds)
        return r

    # ---- square root, exponential and logarithms

    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(None, ctx, conds)
        if r is None:
            r = self._sqrt(ctx, conds)
        ctx._raise(conds)
        return r

    def _sqrt(self, ctx, conds):
        if self._exp == "F":
            if self._sign:
                conds.append(InvalidOperation)
                return _NAN
            return self
        ideal = self._exp // 2
        if self._int == 0:
            return _new(self._sign, 0, ideal)._finish(ctx, conds)
        if self._sign:
            conds.append(InvalidOperation)
            return _NAN
        prec = ctx.prec
        # Scale the coefficient to an even exponent with at least 2 * prec + 2 digits.
        c, e = self._int, self._exp
        shift = max(0, 2 * prec + 2 - _digits(c))
        if (e - shift) % 2:
            shift += 1
        c *= 10 ** shift
        e -= shift
        root = _math.isqrt(c)
        exp = e // 2
        if root * root != c:
            if root % 5 == 0:
                root += 1
        else:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        return _new(0, root, exp)._finish(ctx, conds, ROUND_HALF_EVEN)

    def exp(self, context=None):
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(None, ctx, conds)
        if r is None:
            r = self._exp_value(ctx, conds)
        ctx._raise(conds)
        return r

    def _exp_value(self, ctx, conds):
        if self._exp == "F":
            return _new(0, 0, 0) if self._sign else self
        if self._int == 0:
            return _new(0, 1, 0)
        # Far beyond the exponent range, the result overflows or underflows whatever its
        # digits: let the rounding step say which, without computing them.
        bound = 2.31 * (max(ctx.Emax, ctx.prec - ctx.Emin) + ctx.prec + 2)
        if float(self.copy_abs()) > bound:
            if self._sign:
                return _new(0, 1, ctx.Emin - ctx.prec - 1)._finish(ctx, conds,
                                                                  ROUND_HALF_EVEN)
            return _new(0, 1, ctx.Emax + 1)._finish(ctx, conds, ROUND_HALF_EVEN)

        def approx(wp):
            k_digits = max(1, self.adjusted() + 1)
            w = wp + k_digits + 5
            x = self._int * 10 ** (self._exp + w) if self._exp + w >= 0 else \
                self._int // 10 ** -(self._exp + w)
            if self._sign:
                x = -x
            ln10 = _ln_fixed(10 * 10 ** w, w)
            k = x // ln10
            e = _exp_fixed(x - k * ln10, w)
            return 0, e, k - w, 100 + abs(k)

        return _correctly_rounded(approx, ctx, conds)

    def _real_power(a, b, ctx, conds):
        """a ** b for a positive a and a non-integral b, as exp(b * ln(a)): always inexact,
        as CPython's is."""
        size = abs(float(b)) * (abs(a.adjusted()) + 1) * 2.31
        bound = 2.31 * (max(ctx.Emax, ctx.prec - ctx.Emin) + ctx.prec + 2)
        if size > 4 * bound:
            negative = (a.adjusted() < 0) != bool(b._sign)
            if negative:
                return _new(0, 1, ctx.Emin - ctx.prec - 1)._finish(ctx, conds,
                                                                  ROUND_HALF_EVEN)
            return _new(0, 1, ctx.Emax + 1)._finish(ctx, conds, ROUND_HALF_EVEN)
        c, e = a._int, a._exp
        shift = _digits(c) - 1
        power = e + shift

        def approx(wp):
            w = wp + len(str(int(size))) + _digits(abs(power)) + 5
            m = c * 10 ** w // 10 ** shift if shift <= w else c // 10 ** (shift - w)
            ln10 = _ln_fixed(10 * 10 ** w, w)
            log = _ln_fixed(m, w) + power * ln10
            if b._exp >= 0:
                t = log * b._int * 10 ** b._exp
            else:
                t = log * b._int // 10 ** -b._exp
            if b._sign:
                t = -t
            k = t // ln10
            return 0, _exp_fixed(t - k * ln10, w), k - w, 100 + abs(k) * 10

        return _correctly_rounded(approx, ctx, conds)

    def ln(self, context=None):
        return self._log(context, False)

    def log10(self, context=None):
        return self._log(context, True)

    def _log(self, context, base10):
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(None, ctx, conds)
        if r is None:
            r = self._log_value(ctx, conds, base10)
        ctx._raise(conds)
        return r

    def _log_value(self, ctx, conds, base10):
        if self._exp != "F" and self._int == 0:
            return _new(1, 0, "F")
        if self._sign:
            conds.append(InvalidOperation)
            return _NAN
        if self._exp == "F":
            return self
        c, e = self._int, self._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        if c == 1 and (base10 or e == 0):
            # A power of ten has an exact logarithm in base ten (and ln(1) is 0).
            return Decimal(e)._finish(ctx, conds)
        shift = _digits(c) - 1
        power = e + shift

        def approx(wp):
            w = wp + _digits(abs(power)) + 5
            m = c * 10 ** w // 10 ** shift if shift <= w else c // 10 ** (shift - w)
            ln10 = _ln_fixed(10 * 10 ** w, w)
            value = _ln_fixed(m, w) + power * ln10
            if base10:
                value = value * 10 ** w // ln10
            return int(value < 0), abs(value), -w, 100 + abs(power)

        return _correctly_rounded(approx, ctx, conds)

    def logb(self, context=None):
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(None, ctx, conds)
        if r is None:
            if self._exp == "F":
                r = _new(0, 0, "F")
            elif self._int == 0:
                conds.append(DivisionByZero)
                r = _new(1, 0, "F")
            else:
                r = Decimal(self.adjusted())._finish(ctx, conds)
        ctx._raise(conds)
        return r

    def scaleb(self, other, context=None):
        other = self._other(other, True)
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(other, ctx, conds)
        if r is None:
            if not other._integral():
                conds.append(InvalidOperation)
                r = _NAN
            elif self._exp == "F":
                r = self
            else:
                r = _new(self._sign, self._int, self._exp + other._to_int())._finish(ctx, conds)
        ctx._raise(conds)
        return r

    # ---- rounding to an exponent

    def _rescale(self, exp, rounding):
        """This value with the given exponent, rounded: (result, inexact)."""
        if self._exp >= exp:
            return _new(self._sign, self._int * 10 ** (self._exp - exp), exp), False
        coeff, inexact = _drop_digits(self._int, exp - self._exp, self._sign, rounding)
        return _new(self._sign, coeff, exp), inexact

    def quantize(self, exp, rounding=None, context=None):
        exp = self._other(exp, True)
        ctx = context if context is not None else getcontext()
        rounding = rounding if rounding is not None else ctx.rounding
        if rounding not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                            "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                            "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        conds = []
        r = self._check_nans(exp, ctx, conds)
        if r is None:
            if self._is_special or exp._is_special:
                if self._exp == "F" and exp._exp == "F":
                    r = self
                else:
                    conds.append(InvalidOperation)
                    r = _NAN
            elif not ctx.Emin - ctx.prec + 1 <= exp._exp <= ctx.Emax:
                conds.append(InvalidOperation)
                r = _NAN
            else:
                r, inexact = self._rescale(exp._exp, rounding)
                if _digits(r._int) > ctx.prec or r.adjusted() > ctx.Emax:
                    conds.append(InvalidOperation)
                    r = _NAN
                else:
                    if r._int and r.adjusted() < ctx.Emin:
                        conds.append(Subnormal)
                        if inexact:
                            conds.append(Underflow)
                    if inexact:
                        conds.append(Inexact)
                    if r._exp > self._exp and self._int:
                        conds.append(Rounded)
        ctx._raise(conds)
        return r

    def _to_integral(self, rounding, context, exact):
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(None, ctx, conds)
        if r is None:
            if self._is_special or self._exp >= 0:
                r = self
            else:
                r, inexact = self._rescale(0, rounding or ctx.rounding)
                if exact:
                    if inexact:
                        conds.append(Inexact)
                    if self._int:
                        conds.append(Rounded)
        ctx._raise(conds)
        return r

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context, True)

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(None, ctx, conds)
        if r is None:
            r = self._finish(ctx, conds)
            if not r._is_special:
                if r._int == 0:
                    r = _new(r._sign, 0, 0)
                else:
                    top = ctx.Emax if ctx.clamp == 0 else ctx.Emax - ctx.prec + 1
                    c, e = r._int, r._exp
                    while c % 10 == 0 and e < top:
                        c //= 10
                        e += 1
                    r = _new(r._sign, c, e)
        ctx._raise(conds)
        return r

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_new(0, 1, -n))
        if self._is_special:
            return self.__int__()
        return self._rescale(0, ROUND_HALF_EVEN)[0]._to_int()

    def __int__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return self._to_int()

    __trunc__ = __int__

    def __floor__(self):
        if self._is_special:
            return self.__int__()
        return self._rescale(0, ROUND_FLOOR)[0]._to_int() if self._exp < 0 else self._to_int()

    def __ceil__(self):
        if self._is_special:
            return self.__int__()
        return self._rescale(0, ROUND_CEILING)[0]._to_int() if self._exp < 0 else \
            self._to_int()

    def __float__(self):
        if self._isnan():
            if self._exp == "N":
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._is_special or self._int != 0

    # ---- comparison

    def _cmp_value(self, other, equality, ctx):
        """The other operand as a Decimal, a Fraction-like (numerator, denominator), or
        NotImplemented."""
        if isinstance(other, (Decimal, int)):
            return self._other(other)
        if isinstance(other, float):
            _float_operation(ctx, equality)
            return Decimal.from_float(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            _float_operation(ctx, equality)
            return Decimal.from_float(other.real)
        import numbers
        if isinstance(other, numbers.Rational):
            return other
        return NotImplemented

    def _compare(self, other, equality):
        """-1, 0, 1, or None when a NaN makes the operands unordered (after signalling
        InvalidOperation where the comparison is an ordering one)."""
        ctx = getcontext()
        o = self._cmp_value(other, equality, ctx)
        if o is NotImplemented:
            return o
        if not isinstance(o, Decimal):
            if self._isnan():
                if not equality or self._exp == "N":
                    ctx._raise([InvalidOperation])
                return None
            if self._exp == "F":
                return -1 if self._sign else 1
            n, d = self.as_integer_ratio()
            lhs, rhs = n * o.denominator, o.numerator * d
            return (lhs > rhs) - (lhs < rhs)
        if self._isnan() or o._isnan():
            if not equality or self._exp == "N" or o._exp == "N":
                ctx._raise([InvalidOperation])
            return None
        return _cmp(self, o)

    def __eq__(self, other):
        c = self._compare(other, True)
        return c if c is NotImplemented else c == 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else (c is not None and c >= 0)

    def compare(self, other, context=None):
        other = self._other(other, True)
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(other, ctx, conds)
        if r is None:
            r = Decimal(_cmp(self, other))
        ctx._raise(conds)
        return r

    def compare_signal(self, other, context=None):
        other = self._other(other, True)
        ctx = context if context is not None else getcontext()
        if self._isnan() or other._isnan():
            conds = [InvalidOperation]
            r = self._check_nans(other, ctx, [])
            ctx._raise(conds)
            return r
        return self.compare(other, context)

    def compare_total(self, other, context=None):
        other = self._other(other, True)
        return Decimal(_total_key(self, other))

    def compare_total_mag(self, other, context=None):
        other = self._other(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _minmax(self, other, context, want_max, mag):
        other = self._other(other, True)
        ctx = context if context is not None else getcontext()
        conds = []
        if self._isnan() or other._isnan():
            if self._exp == "N" or other._exp == "N":
                r = self._check_nans(other, ctx, conds)
            elif self._isnan() and other._isnan():
                r = self._fix_nan(ctx)
            else:
                r = (other if self._isnan() else self)._finish(ctx, conds)
            ctx._raise(conds)
            return r
        a, b = (self.copy_abs(), other.copy_abs()) if mag else (self, other)
        c = _cmp(a, b)
        if c == 0:
            if mag:
                c = _cmp(self, other)
            if c == 0:
                c = _total_key(self, other)
        pick = self if (c > 0) == want_max else other
        if c == 0:
            pick = self
        r = pick._finish(ctx, conds)
        ctx._raise(conds)
        return r

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    def __hash__(self):
        if self._is_special:
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            h = self._int % _HASH_MODULUS * pow(10, self._exp, _HASH_MODULUS)
        else:
            h = self._int % _HASH_MODULUS * pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h %= _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # ---- sign manipulation and neighbours

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = self._other(other, True)
        return _new(other._sign, self._int, self._exp)

    def next_plus(self, context=None):
        return self._next(context, 0)

    def next_minus(self, context=None):
        return self._next(context, 1)

    def _next(self, context, direction):
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(None, ctx, conds)
        if r is None:
            if self._exp == "F":
                if self._sign == direction:
                    r = self
                else:
                    r = _new(1 - direction and 1 or 0, 10 ** ctx.prec - 1,
                             ctx.Emax - ctx.prec + 1)
                    r = _new(self._sign, r._int, r._exp)
            else:
                tiny = _new(direction, 1, ctx.Emin - ctx.prec)
                rounding = ROUND_CEILING if direction == 0 else ROUND_FLOOR
                scratch = []
                sub = ctx.copy()
                sub.rounding = rounding
                sub.clear_traps()
                r = self._add(tiny, sub, scratch)
        ctx._raise(conds)
        return r

    def next_toward(self, other, context=None):
        other = self._other(other, True)
        ctx = context if context is not None else getcontext()
        conds = []
        r = self._check_nans(other, ctx, conds)
        if r is None:
            c = _cmp(self, other)
            if c == 0:
                r = self.copy_sign(other)
            else:
                r = self._next(ctx, 0 if c < 0 else 1)
                if r._exp == "F":
                    conds.extend((Overflow, Inexact, Rounded))
                elif r._int and r.adjusted() < ctx.Emin:
                    conds.extend((Underflow, Subnormal, Inexact, Rounded))
                    if r._int == 0:
                        conds.append(Clamped)
        ctx._raise(conds)
        return r

    # ---- what is not done

    def _not_done(name):
        def method(self, *args, **kwargs):
            raise NotImplementedError(f"decimal: Decimal.{name}")
        method.__name__ = name
        return method

    logical_and = _not_done("logical_and")
    logical_or = _not_done("logical_or")
    logical_xor = _not_done("logical_xor")
    logical_invert = _not_done("logical_invert")
    rotate = _not_done("rotate")
    shift = _not_done("shift")
    del _not_done

    # ---- copying and pickling

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()


_HASH_MODULUS = (1 << 61) - 1
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)
_NAN = _new(0, 0, "n")


def _float_operation(ctx, equality):
    # Equality with a float is always allowed: it only records the flag.
    if equality:
        dict.__setitem__(ctx.flags, FloatOperation, True)
    else:
        ctx._raise([FloatOperation])


def _unsupported(a, b, symbol, reflected=False):
    # A builtin type never knows Decimal (and, reflected, its own operator already declined),
    # so no other method can help: say what CPython says, naming the type decimal.Decimal.
    builtin = b if not reflected else a
    if type(builtin).__module__ != "builtins":
        return NotImplemented
    names = ["decimal.Decimal" if isinstance(x, Decimal) else type(x).__name__ for x in (a, b)]
    if symbol == "*" and isinstance(builtin, (str, bytes, bytearray, list, tuple)):
        raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
    raise TypeError(f"unsupported operand type(s) for {symbol}: '{names[0]}' and "
                    f"'{names[1]}'")


def _power_approx(sign, coeff, exp, n, prec):
    """coeff * 10**exp to the power n by repeated squaring, keeping enough digits beyond the
    precision that the final rounding sees the true value; a sticky digit marks a loss."""
    wp = prec + _digits(n) + 10
    inexact = False

    def trim(c, e):
        nonlocal inexact
        drop = _digits(c) - wp
        if drop > 0:
            c, r = divmod(c, 10 ** drop)
            inexact = inexact or r != 0
            e += drop
        return c, e

    rc, re_ = 1, 0
    bc, be = coeff, exp
    while True:
        if n & 1:
            rc, re_ = trim(rc * bc, re_ + be)
        n >>= 1
        if not n:
            break
        bc, be = trim(bc * bc, be + be)
    if inexact:
        rc, re_ = rc * 10 + 1, re_ - 1
    return _new(sign, rc, re_)


def _exp_fixed(x, w):
    """exp(x / 10**w) * 10**w, to within a few units, for |x / 10**w| below about 3."""
    guard = 12
    halvings = 10
    scale = 10 ** (w + guard)
    y = (x * 10 ** guard) >> halvings
    total = term = scale
    k = 1
    while term:
        term = term * y // (k * scale)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // scale
    return total // 10 ** guard


def _ln_fixed(x, w):
    """ln(x / 10**w) * 10**w, to within a few units, for x / 10**w in [1, 10]: Newton's
    iteration on exp, from the float logarithm."""
    guard = 8
    ww = w + guard
    xx = x * 10 ** guard
    scale = 10 ** ww
    y = int(_math.log(x / 10 ** w) * 10 ** 16) * 10 ** ww // 10 ** 16
    while True:
        e = _exp_fixed(y, ww)
        step = 2 * (xx - e) * scale // (xx + e)
        y += step
        if abs(step) < 10:
            break
    return y // 10 ** guard


def _correctly_rounded(approx, ctx, conds):
    """The result of approx(working digits) -> (sign, coefficient, exponent, error in units
    of the coefficient), rounded half-even to the context: more digits are computed until
    both ends of the error interval round alike."""
    wp = ctx.prec + 10
    # An exact tie (16 ** -2.25 at six digits) never resolves: after a few rounds the
    # approximation with its sticky digit decides, as an approximation does in CPython.
    for _ in range(3):
        sign, coeff, exp, err = approx(wp)
        lo = _round_sig(_new(sign, max(coeff - err, 0), exp), ctx.prec, ROUND_HALF_EVEN)
        hi = _round_sig(_new(sign, coeff + err, exp), ctx.prec, ROUND_HALF_EVEN)
        if lo._int == hi._int and lo._exp == hi._exp:
            break
        wp *= 2
    # A sticky digit below the approximation makes the rounding inexact, as the value is.
    return _new(sign, coeff * 10 + 1, exp - 1)._finish(ctx, conds, ROUND_HALF_EVEN)


def _compare_abs_one(a):
    """|a| compared with 1."""
    n, d = a.copy_abs().as_integer_ratio()
    return (n > d) - (n < d)


def _cmp(a, b):
    """Numeric comparison of two non-NaN Decimals."""
    if a._exp == "F" or b._exp == "F":
        va = 0 if a._exp != "F" else (-1 if a._sign else 1)
        vb = 0 if b._exp != "F" else (-1 if b._sign else 1)
        if va == vb:
            if va == 0:
                pass
            else:
                return 0
        if va or vb:
            if va == 0:
                return -1 if vb > 0 else 1
            if vb == 0:
                return va
            return (va > vb) - (va < vb)
    if a._int == 0 and b._int == 0:
        return 0
    if a._int == 0:
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    # Same sign: compare magnitudes by adjusted exponent, then by aligned coefficients.
    aa, ab = a.adjusted(), b.adjusted()
    if aa != ab:
        c = (aa > ab) - (aa < ab)
    else:
        e = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - e)
        y = b._int * 10 ** (b._exp - e)
        c = (x > y) - (x < y)
    return -c if a._sign else c


def _total_key(a, b):
    """compare_total: the total order of the spec (-1, 0, 1)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1

    def rank(x):
        return {"N": 3, "n": 4, "F": 2}.get(x._exp, 1) if isinstance(x._exp, str) else 1

    ra, rb = rank(a), rank(b)
    if ra != rb:
        return flip * ((ra > rb) - (ra < rb))
    if ra in (3, 4):
        return flip * ((a._int > b._int) - (a._int < b._int))
    if ra == 2:
        return 0
    c = _cmp(a.copy_abs(), b.copy_abs())
    if c == 0:
        c = (a._exp > b._exp) - (a._exp < b._exp)
    return flip * c


def _overflow(sign, ctx, conds, rounding):
    conds.extend((Overflow, Inexact, Rounded))
    to_inf = rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or (
        rounding == ROUND_CEILING and sign == 0) or (rounding == ROUND_FLOOR and sign == 1)
    if to_inf:
        return _new(sign, 0, "F")
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


# ---------------------------------------------------------------- format()

def _parse_spec(spec):
    """The parts of a format spec: fill, align, sign, z, zero, width, sep, prec, type."""
    i, n = 0, len(spec)
    fill, align = " ", None
    if n >= 2 and spec[1] in "<>=^":
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in "<>=^":
        align, i = spec[0], 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == "z":
        z = True
        i += 1
    zero = False
    if i < n and spec[i] == "0":
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    sep = ""
    if i < n and spec[i] == ",":
        sep = ","
        i += 1
    prec = None
    if i < n and spec[i] == ".":
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        prec = int(spec[j:i])
    kind = None
    if i < n and spec[i] in "eEfFgGn%":
        kind = spec[i]
        i += 1
    if i != n:
        raise ValueError("invalid format string")
    if zero and align is None:
        fill, align = "0", "="
    return fill, align or ">", sign, z, width, sep, prec, kind, zero


def _group(digits, sep, min_width):
    """The integer digits with sep between groups of three, padded with zeros to min_width."""
    if not sep:
        return digits.rjust(min_width, "0") if min_width > len(digits) else digits
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append("0" * (size - len(digits)) + digits[-size:] if len(digits) < size
                      else digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format(d, spec):
    fill, align, sign_opt, z, width, sep, prec, kind, zero = _parse_spec(spec)
    ctx = getcontext()
    negative = d._sign == 1
    if d._is_special and zero and fill == "0" and align == "=":
        # Zero padding is for digits: NaN and Infinity are padded with spaces.
        fill, align = " ", ">"
    if d._is_special:
        body = str(d.copy_abs())
        suffix = "%" if kind == "%" else ""
        intpart, rest = body + suffix, ""
    else:
        rounding = ctx.rounding
        if kind == "%":
            d = _new(d._sign, d._int, d._exp + 2)
        if kind in ("e", "E"):
            if prec is not None:
                d = _round_sig(d, prec + 1, rounding)
        elif kind in ("f", "F", "%"):
            if prec is not None:
                d = d._rescale(-prec, rounding)[0]
        elif prec is not None:
            d = _round_sig(d, max(prec, 1), rounding)
        digits = str(d._int)
        if kind in ("e", "E") and prec is not None and len(digits) < prec + 1 and d._int:
            digits += "0" * (prec + 1 - len(digits))
            d = _new(d._sign, int(digits), d._exp - (prec + 1 - _digits(d._int)))
        elif kind in ("e", "E") and prec is not None and d._int == 0:
            # A zero keeps its exponent: the padding zeros are all left of it.
            digits = "0" * (prec + 1)
        leftdigits = d._exp + len(digits)
        if kind in ("e", "E"):
            dotplace = 1
        elif kind in ("f", "F", "%"):
            dotplace = leftdigits
        elif d._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace <= 0:
            intdigits, frac = "0", "0" * -dotplace + digits
        elif dotplace >= len(digits):
            intdigits, frac = digits + "0" * (dotplace - len(digits)), ""
        else:
            intdigits, frac = digits[:dotplace], digits[dotplace:]
        if kind in ("f", "F", "%") and d._exp > 0 and d._int == 0:
            intdigits, frac = "0", ""
        rest = "." + frac if frac else ""
        if leftdigits != dotplace or kind in ("e", "E"):
            if kind is None:
                echar = "E" if ctx.capitals else "e"
            else:
                echar = "E" if kind in "EG" else "e"
            rest += echar + "%+d" % (leftdigits - dotplace)
        if kind == "%":
            rest += "%"
        if z and d._int == 0:
            negative = False
        intpart = intdigits
    sign = "-" if negative else ("+" if sign_opt == "+" else " " if sign_opt == " " else "")
    if not d._is_special:
        min_width = 0
        if align == "=" and fill == "0" and width:
            min_width = width - len(sign) - len(rest)
        intpart = _group(intpart, sep, min_width)
    body = intpart + rest
    total = len(sign) + len(body)
    pad = (width or 0) - total
    if pad <= 0:
        return sign + body
    if align == "<":
        return sign + body + fill * pad
    if align == ">":
        return fill * pad + sign + body
    if align == "=":
        return sign + fill * pad + body
    left = pad // 2
    return fill * left + sign + body + fill * (pad - left)


def _round_sig(d, n, rounding):
    """d rounded to n significant digits."""
    if d._int == 0:
        return d
    drop = _digits(d._int) - n
    if drop <= 0:
        return d
    coeff, _ = _drop_digits(d._int, drop, d._sign, rounding)
    exp = d._exp + drop
    if _digits(coeff) > n:
        coeff //= 10
        exp += 1
    return _new(d._sign, coeff, exp)


# ---------------------------------------------------------------- the standard contexts

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[
    Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
