"""Parsing of time strings by format, for time.strptime and datetime.strptime.

corun runs in the C locale, so the names of days and months, %c, %x and %X are the C
locale's. The format becomes a regular expression (one named group per directive, matched
case-insensitively), whose groups then make the date.
"""

import time
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

__all__ = []

_CACHE_MAX_SIZE = 5
_regex_cache = {}


def _getlang():
    """The language and encoding of the LC_TIME locale."""
    import locale
    return locale.getlocale(locale.LC_TIME)


class LocaleTime:
    """The names and formats of the C locale (lowercased, as they are matched): a_weekday and
    f_weekday from Monday, a_month and f_month from '' then January, am_pm, LC_date_time,
    LC_date, LC_time, and timezone (the zone names without and with summer time)."""

    def __init__(self):
        self.lang = _getlang()
        self.f_weekday = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                          "sunday"]
        self.a_weekday = [d[:3] for d in self.f_weekday]
        self.f_month = ["", "january", "february", "march", "april", "may", "june", "july",
                        "august", "september", "october", "november", "december"]
        self.a_month = [m[:3] for m in self.f_month]
        self.am_pm = ["am", "pm"]
        self.LC_date_time = "%a %b %d %H:%M:%S %Y"
        self.LC_date = "%m/%d/%y"
        self.LC_time = "%H:%M:%S"
        self.tzname = time.tzname
        self.daylight = time.daylight
        no_dst = frozenset({"utc", "gmt", self.tzname[0].lower()})
        dst = frozenset({self.tzname[1].lower()}) if self.daylight else frozenset()
        self.timezone = (no_dst, dst)


# The numeric directives: the alternatives of each group, longest and highest first, as the
# regular expression tries them.
_NUMERIC = {
    "d": r"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]",
    "f": r"[0-9]{1,6}",
    "H": r"2[0-3]|[0-1]\d|\d",
    "I": r"1[0-2]|0[1-9]|[1-9]",
    "G": r"\d\d\d\d",
    "j": r"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5]\d|\d",
    "S": r"6[0-1]|[0-5]\d|\d",
    "U": r"5[0-3]|[0-4]\d|\d",
    "W": r"5[0-3]|[0-4]\d|\d",
    "w": r"[0-6]",
    "u": r"[1-7]",
    "V": r"5[0-3]|0[1-9]|[1-4]\d|\d",
    "y": r"\d\d",
    "Y": r"\d\d\d\d",
    "z": r"[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)",
}


class TimeRE(dict):
    """The regular expression of each directive, for a LocaleTime (the C locale's by
    default); pattern() and compile() turn a whole format into one."""

    def __init__(self, locale_time=None):
        self.locale_time = locale_time if locale_time is not None else LocaleTime()
        lt = self.locale_time
        super().__init__({d: "(?P<%s>%s)" % (d, alts) for d, alts in _NUMERIC.items()})
        self["a"] = self._group(lt.a_weekday, "a")
        self["A"] = self._group(lt.f_weekday, "A")
        self["b"] = self._group(lt.a_month[1:], "b")
        self["B"] = self._group(lt.f_month[1:], "B")
        self["p"] = self._group(lt.am_pm, "p")
        self["Z"] = self._group((tz for names in lt.timezone for tz in names), "Z")
        self["%"] = "%"
        self["c"] = self.pattern(lt.LC_date_time)
        self["x"] = self.pattern(lt.LC_date)
        self["X"] = self.pattern(lt.LC_time)

    @staticmethod
    def _group(words, directive):
        # Longest first, so that a name is not cut short by another that begins it.
        import re
        words = sorted(words, key=len, reverse=True)
        if all(w == "" for w in words):
            return ""
        return "(?P<%s>%s)" % (directive, "|".join(re.escape(w) for w in words))

    def pattern(self, format):
        """The regular expression of format: regular-expression characters stand for
        themselves, a run of white space for any run of white space, each directive for its
        group."""
        import re
        format = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
        format = re.sub(r"\s+", r"\\s+", format)
        out = []
        while "%" in format:
            i = format.index("%")
            out.append(format[:i])
            out.append(self[format[i + 1]])
            format = format[i + 2:]
        out.append(format)
        return "".join(out)

    def compile(self, format):
        """format's regular expression, compiled to match case-insensitively."""
        import re
        return re.compile(self.pattern(format), re.IGNORECASE)


_TimeRE_cache = TimeRE()


def _compile(fmt):
    global _TimeRE_cache
    # A new locale or time zone makes the names anew.
    lt = _TimeRE_cache.locale_time
    if (_getlang(), time.tzname, time.daylight) != (lt.lang, lt.tzname, lt.daylight):
        _TimeRE_cache = TimeRE()
        _regex_cache.clear()
    regex = _regex_cache.get(fmt)
    if regex is None:
        try:
            regex = _TimeRE_cache.compile(fmt)
        except KeyError as err:
            bad = err.args[0]
            if bad == "\\":
                bad = "%"
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % fmt) from None
        if len(_regex_cache) > _CACHE_MAX_SIZE:
            _regex_cache.clear()
        _regex_cache[fmt] = regex
    return regex


def _julian_from_week(year, week, weekday, monday_first):
    # The day of the year of a weekday (0 = Monday) in a week counted from the first Monday
    # (%W) or the first Sunday (%U) of the year; week 0 is the days before it.
    first = _date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_days = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_days + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    # The ISO week 1 is the one holding January 4th.
    shift = _date(iso_year, 1, 4).isoweekday() + 3
    day = iso_week * 7 + iso_weekday - shift
    if day < 1:
        day += _date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        day -= _date(iso_year, 1, 1).toordinal()
    return iso_year, day


def _parse_offset(text):
    # [+-]HH[:]MM[[:]SS[.ffffff]], or Z: the offset in seconds and its microseconds.
    if text == "Z":
        return 0, 0
    z = text
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError(f"Inconsistent use of : in {text}")
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    frac = z[8:]
    micro = int(frac + "0" * (6 - len(frac)))
    if z.startswith("-"):
        return -seconds, -micro
    return seconds, micro


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """The fields of data_string read by format: (the 11 struct_time fields, microseconds,
    microseconds of the UTC offset)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    found = _compile(format).match(data_string)
    lt = _TimeRE_cache.locale_time
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    year = iso_year = iso_week = week = None
    monday_first = False
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    weekday = julian = None
    groups = found.groupdict()
    for key, text in groups.items():
        if key == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(text)
        elif key == "G":
            iso_year = int(text)
        elif key == "m":
            month = int(text)
        elif key == "B":
            month = lt.f_month.index(text.lower())
        elif key == "b":
            month = lt.a_month.index(text.lower())
        elif key == "d":
            day = int(text)
        elif key == "H":
            hour = int(text)
        elif key == "I":
            hour = int(text)
            half = groups.get("p", "").lower()
            if half in ("", lt.am_pm[0]):
                if hour == 12:
                    hour = 0
            elif half == lt.am_pm[1] and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(text)
        elif key == "S":
            second = int(text)
        elif key == "f":
            fraction = int(text + "0" * (6 - len(text)))
        elif key == "A":
            weekday = lt.f_weekday.index(text.lower())
        elif key == "a":
            weekday = lt.a_weekday.index(text.lower())
        elif key == "w":
            weekday = (int(text) - 1) % 7
        elif key == "u":
            weekday = int(text) - 1
        elif key == "j":
            julian = int(text)
        elif key in ("U", "W"):
            week = int(text)
            monday_first = key == "W"
        elif key == "V":
            iso_week = int(text)
        elif key == "z":
            gmtoff, gmtoff_fraction = _parse_offset(text)
        elif key == "Z":
            zone = text.lower()
            for value, names in enumerate(lt.timezone):
                if zone in names:
                    # A zone named alike with and without summer time says nothing of which.
                    if not (time.tzname[0] == time.tzname[1] and time.daylight
                            and zone not in ("utc", "gmt")):
                        isdst = value
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    # Without a year, February 29th is read in a leap year and given back as 1900.
    leap_day = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_day else 1900

    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
            julian += 366 if leap else 365

    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        when = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year, month, day = when.year, when.month, when.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    if leap_day:
        year = 1900
    fields = (year, month, day, hour, minute, second, weekday, julian, isdst,
              groups.get("Z"), gmtoff)
    return fields, fraction, gmtoff_fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    fields = _strptime(data_string, format)[0]
    return time.struct_time(fields[:time._STRUCT_TM_ITEMS])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """cls.strptime: an instance of cls (a datetime), aware when the string gave an offset."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    zone, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        delta = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_timezone(delta, zone) if zone else _timezone(delta),)
    return cls(*args)
