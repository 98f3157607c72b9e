"""Dates, times and durations: corun's datetime, with CPython 3.11's classes, results and
messages (date, time, datetime, timedelta, tzinfo, timezone).

A timedelta keeps one integer, its length in microseconds; date and datetime compute with
proleptic Gregorian ordinals (1 January of year 1 is day 1). Formatting goes through
time.strftime after %f, %z and %Z are filled in here; strptime is _strptime's.
"""

import time as _time
import math as _math
import operator as _operator

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DAYS = 999999999
_MAX_ORDINAL = 3652059  # 31 December 9999
_INF = float("inf")

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                "Nov", "Dec")


# --- calendar arithmetic -------------------------------------------------------------------

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_length(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _MONTH_DAYS[m]


def _days_before_year(y):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _days_before_month(y, m):
    n = 0
    for k in range(1, m):
        n += _MONTH_DAYS[k]
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _to_ordinal(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _from_ordinal(n):
    y = n * 400 // 146097 + 1
    while _days_before_year(y) >= n:
        y -= 1
    while _days_before_year(y + 1) < n:
        y += 1
    d = n - _days_before_year(y)
    m = 1
    while m < 12 and _days_before_month(y, m + 1) < d:
        m += 1
    return y, m, d - _days_before_month(y, m)


def _iso_week1_monday(y):
    jan4 = _to_ordinal(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


# --- argument checks with the C module's messages ------------------------------------------

def _int_arg(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v.__index__()


def _check_date(year, month, day):
    year, month, day = _int_arg(year), _int_arg(month), _int_arg(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _int_arg(hour), _int_arg(minute)
    second, microsecond = _int_arg(second), _int_arg(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _missing(name, pos):
    return TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


def _type_name(x):
    t = type(x)
    if t.__module__ in ("builtins", "datetime"):
        return t.__qualname__ if t.__module__ == "builtins" else "datetime." + t.__qualname__
    return t.__qualname__


def _round_div(a, b):
    """a / b rounded to the nearest integer, ties to even (b != 0)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if b < 0:
        twice, b = -twice, -b
    if twice > b or (twice == b and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=":"):
    """`+HH:MM`, with seconds and microseconds only when present; "" for None."""
    if off is None:
        return ""
    us = off._us
    sign = "+"
    if us < 0:
        sign, us = "-", -us
    secs, frac = divmod(us, _US_PER_SECOND)
    mins, ss = divmod(secs, 60)
    hh, mm = divmod(mins, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or frac:
        s += "%s%02d" % (sep, ss)
        if frac:
            s += ".%06d" % frac
    return s


def _check_offset(name, off):
    if off is None:
        return
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -_US_PER_DAY < off._us < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (off,))


def _strftime(obj, fmt, tuple_, offset_of):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i == n:
            out.append(c)
            continue
        k = fmt[i]
        i += 1
        if k == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif k == "z":
            out.append(_format_offset(offset_of(), ""))
        elif k == "Z":
            tz = getattr(obj, "tzinfo", None)
            name = tz.tzname(obj if isinstance(obj, datetime) else None) if tz else None
            out.append((name or "").replace("%", "%%"))
        else:
            out.append("%" + k)
    return _time.strftime("".join(out), tuple_)


# --- timedelta -------------------------------------------------------------------------------

_TD_UNITS = (("days", _US_PER_DAY), ("seconds", _US_PER_SECOND), ("microseconds", 1),
             ("milliseconds", 1000), ("minutes", 60 * _US_PER_SECOND),
             ("hours", 3600 * _US_PER_SECOND), ("weeks", 7 * _US_PER_DAY))


def _td(us):
    t = object.__new__(timedelta)
    t._us = us
    days = us // _US_PER_DAY
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DAYS))
    return t


class timedelta:
    """A duration: days, seconds and microseconds, kept as one count of microseconds."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # The exact sum as a fraction num / den (a float's denominator is a power of two),
        # rounded once, ties to even.
        num, den = 0, 1
        for (name, scale), v in zip(_TD_UNITS, (days, seconds, microseconds, milliseconds,
                                                 minutes, hours, weeks)):
            if isinstance(v, int):
                num += v * scale * den
            elif isinstance(v, float):
                if v != v or v in (_INF, -_INF):
                    raise ValueError("cannot convert float %s to integer" % v)
                n, d = v.as_integer_ratio()
                if d > den:
                    num *= d // den
                    den = d
                num += n * scale * (den // d)
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        us = _round_div(num, den)
        checked = _td(us)
        if cls is timedelta:
            return checked
        t = object.__new__(cls)
        t._us = us
        return t

    @property
    def days(self):
        return self._us // _US_PER_DAY

    @property
    def seconds(self):
        return self._us % _US_PER_DAY // _US_PER_SECOND

    @property
    def microseconds(self):
        return self._us % _US_PER_SECOND

    def total_seconds(self):
        return self._us / _US_PER_SECOND

    def __repr__(self):
        parts = []
        for name, v in (("days", self.days), ("seconds", self.seconds),
                        ("microseconds", self.microseconds)):
            if v:
                parts.append("%s=%d" % (name, v))
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__qualname__,
                              ", ".join(parts) or "0")

    def __str__(self):
        mm, ss = divmod(self.seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        d = self.days
        if d:
            s = "%d day%s, %s" % (d, "" if abs(d) == 1 else "s", s)
        if self.microseconds:
            s += ".%06d" % self.microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return _td(-self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return _td(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td(_round_div(self._us * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td(_round_div(self._us, other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td(_round_div(self._us * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return _td(self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us, other._us)
            return q, _td(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us == other._us
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us != other._us
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us < other._us
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us <= other._us
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us > other._us
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us >= other._us
        return NotImplemented

    def __hash__(self):
        return hash(("timedelta", self._us))

    def __bool__(self):
        return self._us != 0


timedelta.min = _td(-_MAX_DAYS * _US_PER_DAY)
timedelta.max = _td((_MAX_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _td(1)


# --- tzinfo and timezone -------------------------------------------------------------------

class tzinfo:
    """Abstract base of time zone information."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        d = dt.dst()
        if d is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        return dt + (off - d) + d


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        if name is None and offset._us == 0 and cls is timezone and _UTC is not None:
            return _UTC
        t = object.__new__(cls)
        t._offset = offset
        t._name = name
        return t

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if self._offset._us == 0:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


def _local_timezone(seconds):
    lt = _time.localtime(seconds)
    return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)


# --- date ----------------------------------------------------------------------------------

class IsoCalendarDate(tuple):
    """(year, week, weekday), as date.isocalendar() returns it."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


def _make_date(cls, y, m, d):
    o = object.__new__(cls)
    o._year, o._month, o._day = y, m, d
    return o


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    def __new__(cls, year, month=None, day=None):
        if month is None:
            raise _missing("month", 2)
        if day is None:
            raise _missing("day", 3)
        return _make_date(cls, *_check_date(year, month, day))

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _int_arg(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_date(s)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= 53:
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        return cls(*_from_ordinal(n))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        n = self.toordinal()
        y = self._year
        monday = _iso_week1_monday(y)
        if n < monday:
            y -= 1
            monday = _iso_week1_monday(y)
        elif n >= _iso_week1_monday(y + 1):
            y += 1
            monday = _iso_week1_monday(y)
        return IsoCalendarDate(y, (n - monday) // 7 + 1, self.isoweekday())

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()],
                                            _MONTH_NAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple(), lambda: None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (self.__class__.__module__, self.__class__.__qualname__,
                                      self._year, self._month, self._day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return True
        if isinstance(other, datetime):
            return None
        return False

    def __eq__(self, other):
        if self._comparable(other):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._key() != other._key()
        return NotImplemented

    def _order(self, other):
        ok = self._comparable(other)
        if ok is None:
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return ok

    def __lt__(self, other):
        if self._order(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._order(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._order(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._order(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(("date",) + self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_from_ordinal(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(days=-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(days=self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# --- time ----------------------------------------------------------------------------------

def _time_repr(name, h, m, s, us, tz, fold):
    parts = "%d, %d" % (h, m)
    if s or us:
        parts += ", %d" % s
    if us:
        parts += ", %d" % us
    if tz is not None:
        parts += ", tzinfo=%r" % (tz,)
    if fold:
        parts += ", fold=1"
    return "%s(%s)" % (name, parts)


def _time_iso(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


_COMPARE = {"==": _operator.eq, "!=": _operator.ne, "<": _operator.lt, "<=": _operator.le,
            ">": _operator.gt, ">=": _operator.ge}


def _compare_instants(a, oa, b, ob, op, kind):
    """Compares a and b (microseconds) after taking their UTC offsets oa, ob away; a naive and
    an aware value are unequal, and ordering them raises TypeError."""
    if (oa is None) != (ob is None):
        if op in ("==", "!="):
            return op == "!="
        raise TypeError("can't compare offset-naive and offset-aware %s" % kind)
    if oa is not None:
        a -= oa._us
        b -= ob._us
    return _COMPARE[op](a, b)


def _rich_comparisons(cls):
    """Gives cls the six comparison methods, each calling cls._cmp(other, op)."""
    for name, op in (("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"), ("__le__", "<="),
                     ("__gt__", ">"), ("__ge__", ">=")):
        def method(self, other, op=op):
            return self._cmp(other, op)
        method.__name__ = name
        setattr(cls, name, method)
    return cls


@_rich_comparisons
class time:
    """A time of day, with an optional tzinfo."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        h, m, s, us = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        o = object.__new__(cls)
        o._hour, o._minute, o._second, o._microsecond = h, m, s, us
        o._tzinfo, o._fold = tzinfo, fold
        return o

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_time(s)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(*parsed)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _check_offset("utcoffset", off)
        return off

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, timespec="auto"):
        return (_time_iso(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    __str__ = isoformat

    def strftime(self, fmt):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _strftime(self, fmt, tt, self.utcoffset)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def __repr__(self):
        return _time_repr("%s.%s" % (self.__class__.__module__, self.__class__.__qualname__),
                          self._hour, self._minute, self._second, self._microsecond,
                          self._tzinfo, self._fold)

    def _key(self):
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND
        us += self._microsecond
        off = self.utcoffset()
        return us, off

    def _cmp(self, other, op):
        if not isinstance(other, time):
            if op in ("==", "!="):
                return NotImplemented
            raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                            % (op, _type_name(self), _type_name(other)))
        a, oa = self._key()
        b, ob = other._key()
        return _compare_instants(a, oa, b, ob, op, "times")

    def __hash__(self):
        us, off = self._key()
        return hash(("time", us - (off._us if off is not None else 0)))

    def __bool__(self):
        return True


time.min = time(0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime ------------------------------------------------------------------------------

def _dt_from_us(cls, total, tz, fold=0):
    """The datetime `total` microseconds after 0001-01-01 00:00 minus one day (ordinal 0)."""
    days, rest = divmod(total, _US_PER_DAY)
    if not 1 <= days <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _from_ordinal(days)
    secs, us = divmod(rest, _US_PER_SECOND)
    mins, s = divmod(secs, 60)
    h, mi = divmod(mins, 60)
    return cls(y, m, d, h, mi, s, us, tz, fold=fold)


@_rich_comparisons
class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if month is None:
            raise _missing("month", 2)
        if day is None:
            raise _missing("day", 3)
        y, mo, d = _check_date(year, month, day)
        h, mi, s, us = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        o = _make_date(cls, y, mo, d)
        o._hour, o._minute, o._second, o._microsecond = h, mi, s, us
        o._tzinfo, o._fold = tzinfo, fold
        return o

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # construction

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def _split_timestamp(cls, t):
        if isinstance(t, float):
            if t != t or t in (float("inf"), float("-inf")):
                raise ValueError("Invalid value %s" % t)
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            whole = int(whole)
            if us >= _US_PER_SECOND:
                whole, us = whole + 1, us - _US_PER_SECOND
            elif us < 0:
                whole, us = whole - 1, us + _US_PER_SECOND
            return whole, us
        return _int_arg(t), 0

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = cls._split_timestamp(t)
        if tz is None:
            y, m, d, hh, mm, ss = _time.localtime(secs)[:6]
            return cls(y, m, d, hh, mm, min(ss, 59), us)
        y, m, d, hh, mm, ss = _time.gmtime(secs)[:6]
        return tz.fromutc(cls(y, m, d, hh, mm, min(ss, 59), us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = cls._split_timestamp(t)
        y, m, d, hh, mm, ss = _time.gmtime(secs)[:6]
        return cls(y, m, d, hh, mm, min(ss, 59), us)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) < 7:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        split = 10 if len(s) > 10 and s[4] == "-" else 8
        if len(s) <= 10 and len(s) in (8, 10):
            split = len(s)
        d = _parse_iso_date(s[:split])
        t = (0, 0, 0, 0, None)
        if d is not None and len(s) > split:
            t = _parse_iso_time(s[split + 1:])
        if d is None or t is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(*d, *t)

    @classmethod
    def strptime(cls, date_string, format):
        for name, arg in (("1", date_string), ("2", format)):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %s must be str, not %s"
                                % (name, type(arg).__name__))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # views

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _check_offset("utcoffset", off)
        return off

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _check_offset("dst", off)
        return off

    def timetuple(self):
        d = self.dst()
        flag = -1 if d is None else (1 if d else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, flag))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self if off is None else (self - off).replace(tzinfo=None)
        tt = dt.timetuple()
        return _time.struct_time(tuple(tt)[:8] + (0,))

    def _us(self):
        secs = (self._hour * 60 + self._minute) * 60 + self._second
        return (self.toordinal() * 86400 + secs) * _US_PER_SECOND + self._microsecond

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            local = _time.mktime((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, -1, -1, -1))
            return local + self._microsecond / 1e6
        return (self._us() - off._us - _EPOCH_US) / _US_PER_SECOND

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s"
                            % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            local = _time.mktime((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, -1, -1, -1))
            utc_us = int(local) * _US_PER_SECOND + self._microsecond + _EPOCH_US
        else:
            utc_us = self._us() - off._us
        if tz is None:
            tz = _local_timezone((utc_us - _EPOCH_US) // _US_PER_SECOND)
        utc = _dt_from_us(datetime, utc_us, tz)
        return tz.fromutc(utc)

    # text

    def isoformat(self, sep="T", timespec="auto"):
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple(), self.utcoffset)

    def __repr__(self):
        name = "%s.%s" % (self.__class__.__module__, self.__class__.__qualname__)
        head = "%s(%d, %d, %d, " % (name, self._year, self._month, self._day)
        return head + _time_repr("", self._hour, self._minute, self._second,
                                 self._microsecond, self._tzinfo, self._fold)[1:]

    # comparison and arithmetic

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if op in ("==", "!="):
                return NotImplemented
            if isinstance(other, date):
                raise TypeError("can't compare %s to %s"
                                % (_type_name(self), _type_name(other)))
            return NotImplemented
        a, b = self._us(), other._us()
        if self._tzinfo is other._tzinfo:
            # The same time zone: the wall times compare, whatever the offsets.
            return _COMPARE[op](a, b)
        oa, ob = self.utcoffset(), other.utcoffset()
        if op in ("==", "!=") and oa is not None and ob is not None:
            # Between zones, a time whose offset depends on its fold equals nothing.
            if (self.replace(fold=not self._fold).utcoffset() != oa
                    or other.replace(fold=not other._fold).utcoffset() != ob):
                return op == "!="
        return _compare_instants(a, oa, b, ob, op, "datetimes")

    def __hash__(self):
        off = (self.replace(fold=0) if self._fold else self).utcoffset()
        return hash(("datetime", self._us() - (off._us if off is not None else 0)))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._us() + other._us, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._us() - other._us, self._tzinfo)
        if isinstance(other, datetime):
            diff = self._us() - other._us()
            if self._tzinfo is other._tzinfo:
                # The same time zone: wall times subtract, whatever the offsets.
                return timedelta(microseconds=diff)
            oa, ob = self.utcoffset(), other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if oa is not None:
                diff -= oa._us - ob._us
            return timedelta(microseconds=diff)
        return NotImplemented


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_US = datetime(1970, 1, 1)._us()


# --- ISO 8601 parsing ----------------------------------------------------------------------

def _digits(s, n):
    if len(s) != n or not s.isdigit() or not s.isascii():
        return None
    return int(s)


def _parse_iso_date(s):
    """(year, month, day) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; None if the
    text has another shape (range checks are left to the constructor)."""
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        parts = (_digits(s[:4], 4), _digits(s[5:7], 2), _digits(s[8:], 2))
    elif len(s) == 8 and s[4] != "W":
        parts = (_digits(s[:4], 4), _digits(s[4:6], 2), _digits(s[6:], 2))
    elif "W" in s[4:6]:
        compact = s.replace("-", "")
        if len(compact) not in (7, 8) or compact[4] != "W":
            return None
        y, w = _digits(compact[:4], 4), _digits(compact[5:7], 2)
        d = _digits(compact[7:], 1) if len(compact) == 8 else 1
        if None in (y, w, d):
            return None
        dd = date.fromisocalendar(y, w, d)
        return dd.year, dd.month, dd.day
    else:
        return None
    if None in parts:
        return None
    return parts


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) from HH[:MM[:SS[.fff[fff]]]][offset]."""
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            body, zone = s[:i], s[i:]
            if zone == "Z":
                tz = _UTC
            else:
                off = _parse_iso_time(zone[1:])
                if off is None or off[4] is not None:
                    return None
                us = ((off[0] * 60 + off[1]) * 60 + off[2]) * _US_PER_SECOND + off[3]
                if zone[0] == "-":
                    us = -us
                tz = _UTC if us == 0 else timezone(timedelta(microseconds=us))
            s = body
            break
    frac = 0
    if "." in s or "," in s:
        cut = s.find(".") if "." in s else s.find(",")
        f = s[cut + 1:]
        if not f or not f.isdigit() or len(f) not in (3, 6):
            return None
        frac = int(f) * (1000 if len(f) == 3 else 1)
        s = s[:cut]
    fields = s.split(":") if ":" in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(fields) <= 3:
        return None
    nums = [_digits(f, 2) for f in fields]
    if None in nums:
        return None
    nums += [0] * (3 - len(nums))
    return nums[0], nums[1], nums[2], frac, tz

