"""IANA time zones for datetime, read from the system's TZif files (CPython's `zoneinfo`)."""

import bisect as _bisect
import calendar as _calendar
import os as _os
import re as _re
import struct as _struct
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo",
                   "/etc/zoneinfo")
_EPOCH_ORDINAL = _datetime(1970, 1, 1).toordinal()


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""

    __module__ = "zoneinfo._common"


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""

    __module__ = "zoneinfo._tzpath"


# ---- the search path ----

TZPATH = ()


def _relative_paths_message(paths):
    bad = [p for p in paths if not _os.path.isabs(p)]
    return ("Paths should be absolute but found the following relative paths:"
            + "".join("\n    " + p for p in bad))


def reset_tzpath(to=None):
    """Set the folders time zone files are looked for in (by default from PYTHONTZPATH)."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(_os.path.isabs(p) for p in to):
            raise ValueError(_relative_paths_message(to))
        TZPATH = tuple(to)
        return
    env = _os.environ.get("PYTHONTZPATH")
    if env is None:
        TZPATH = _DEFAULT_TZPATH
        return
    parts = env.split(_os.pathsep) if env else []
    good = tuple(p for p in parts if _os.path.isabs(p))
    if len(good) != len(parts):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_message(parts), InvalidTZPathWarning)
    TZPATH = good


reset_tzpath()


def _check_key(key):
    if _os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normal = _os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if normal == ".." or normal.startswith("../"):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_tzfile(key):
    _check_key(key)
    for folder in TZPATH:
        path = _os.path.join(folder, key)
        if _os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The keys of every time zone file on the search path."""
    found = set()
    for root in TZPATH:
        if not _os.path.exists(root):
            continue
        for folder, subfolders, files in _os.walk(root):
            if folder == root:
                for skipped in ("right", "posix"):
                    if skipped in subfolders:
                        subfolders.remove(skipped)
            prefix = "" if folder == root else _os.path.relpath(folder, start=root) + "/"
            for name in files:
                key = prefix + name
                if key in found:
                    continue
                try:
                    fd = _os.open(_os.path.join(folder, name), _os.O_RDONLY)
                    try:
                        if _os.read(fd, 4) == b"TZif":
                            found.add(key)
                    finally:
                        _os.close(fd)
                except Exception:
                    pass
    found.discard("posixrules")
    return found


# ---- what a zone says at one moment ----


class _Local:
    """An offset from UTC, the part of it that is daylight saving time, and a name."""

    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = _timedelta(seconds=utcoff) if isinstance(utcoff, int) else utcoff
        self.dstoff = _timedelta(seconds=dstoff) if isinstance(dstoff, int) else dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return ((self.utcoff, self.dstoff, self.tzname)
                == (other.utcoff, other.dstoff, other.tzname))


_UNKNOWN = _Local(None, None, None)


# ---- the POSIX TZ string that rules times after the last transition ----


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 - _EPOCH_ORDINAL


class _JulianDay:
    """`Jn` (1..365, February 29 never counted) or `n` (0..365): a day of the year."""

    def __init__(self, day, skip_leap, seconds=7200):
        low = 1 if skip_leap else 0
        if not low <= day <= 365:
            raise ValueError(f"d must be in [{low}, 365], not: {day}")
        self.day = day
        self.skip_leap = skip_leap
        self.seconds = seconds

    def epoch(self, year):
        day = self.day
        if self.skip_leap and day >= 59 and _calendar.isleap(year):
            day += 1
        return (_days_before_year(year) + day) * 86400 + self.seconds


class _MonthWeekDay:
    """`Mm.w.d`: weekday d (0 = Sunday) of week w (5 = the last) of month m."""

    _BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

    def __init__(self, month, week, weekday, seconds=7200):
        if not 1 <= month <= 12:
            raise ValueError("m must be in [1, 12]")
        if not 1 <= week <= 5:
            raise ValueError("w must be in [1, 5]")
        if not 0 <= weekday <= 6:
            raise ValueError("d must be in [0, 6]")
        self.month = month
        self.week = week
        self.weekday = weekday
        self.seconds = seconds

    def epoch(self, year):
        first_weekday, days = _calendar.monthrange(year, self.month)
        day = (self.weekday - (first_weekday + 1)) % 7 + 1 + (self.week - 1) * 7
        if day > days:
            day -= 7
        ordinal = (_days_before_year(year) + self._BEFORE_MONTH[self.month]
                   + (self.month > 2 and _calendar.isleap(year)) + day)
        return ordinal * 86400 + self.seconds


class _Rule:
    """Standard time and daylight saving time, with the yearly moments they change."""

    def __init__(self, std_name, std_offset, dst_name, dst_offset, start, end):
        self.dst_diff = dst_offset - std_offset
        self.std = _Local(std_offset, 0, std_name)
        self.dst = _Local(dst_offset, self.dst_diff, dst_name)
        self.start = start
        self.end = end

    def local_info(self, ts, year, fold):
        start = self.start.epoch(year)
        end = self.end.epoch(year)
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        if start < end:
            in_dst = start <= ts < end
        else:
            in_dst = not (end <= ts < start)
        return self.dst if in_dst else self.std

    def utc_info(self, ts, year):
        start = self.start.epoch(year) - self.std.utcoff.total_seconds()
        end = self.end.epoch(year) - self.dst.utcoff.total_seconds()
        if start < end:
            in_dst = start <= ts < end
        else:
            in_dst = not (end <= ts < start)
        if self.dst_diff > 0:
            repeat_from, repeat_to = end, end + self.dst_diff
        else:
            repeat_from, repeat_to = start, start - self.dst_diff
        return (self.dst if in_dst else self.std), repeat_from <= ts < repeat_to


class _TZScanner:
    """Reads a POSIX TZ string (`std offset[dst[offset],start[/time],end[/time]]`) from left
    to right, as CPython's C implementation does."""

    def __init__(self, raw):
        self.raw = raw
        self.text = raw.decode("latin-1")
        self.pos = 0

    def peek(self):
        return self.text[self.pos:self.pos + 1]

    def fail(self, what):
        raise ValueError(f"{what} {self.raw!r}")

    def name(self):
        """An abbreviation: letters, or `<...>` of letters, digits and signs; None if empty."""
        t, i = self.text, self.pos
        if self.peek() == "<":
            j = i + 1
            while j < len(t) and t[j] != ">":
                if not (t[j].isascii() and (t[j].isalnum() or t[j] in "+-")):
                    return None
                j += 1
            if j >= len(t):
                return None
            self.pos = j + 1
            return t[i + 1:j]
        j = i
        while j < len(t) and t[j].isascii() and t[j].isalpha():
            j += 1
        if j == i:
            return None
        self.pos = j
        return t[i:j]

    def digits(self, most):
        start = self.pos
        while self.pos - start < most and self.peek().isdigit() and self.peek().isascii():
            self.pos += 1
        return self.text[start:self.pos]

    def offset(self):
        """`[+|-]hh[:mm[:ss]]` as seconds east of UTC (POSIX counts west); None if bad."""
        sign = -1
        if self.peek() in ("+", "-"):
            sign = 1 if self.peek() == "-" else -1
            self.pos += 1
        hours = self.digits(2)
        if not hours or int(hours) > 24:
            return None
        parts = [int(hours), 0, 0]
        for k in (1, 2):
            if self.peek() != ":":
                break
            self.pos += 1
            two = self.digits(2)
            if len(two) != 2:
                return None
            parts[k] = int(two)
        return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])

    def time_of_day(self):
        """`[+|-]h[h][:mm[:ss]]` after a `/`, as seconds; None if bad."""
        sign = 1
        if self.peek() in ("+", "-"):
            sign = -1 if self.peek() == "-" else 1
            self.pos += 1
        parts = [0, 0, 0]
        for k in range(3):
            if k:
                if self.peek() != ":":
                    break
                self.pos += 1
            field = self.digits(2)
            if not field or (k and len(field) != 2):
                return None
            parts[k] = sign * int(field)
        return parts[0] * 3600 + parts[1] * 60 + parts[2]

    def rule(self):
        """One transition date with its time of day; None if bad."""
        try:
            if self.peek() == "M":
                self.pos += 1
                month = self.digits(2)
                fields = [month]
                for _ in range(2):
                    if self.peek() != ".":
                        return None
                    self.pos += 1
                    fields.append(self.digits(1))
                if not all(fields):
                    return None
                made = _MonthWeekDay(*map(int, fields))
            else:
                julian = self.peek() == "J"
                if julian:
                    self.pos += 1
                day = self.digits(3)
                if not day:
                    return None
                made = _JulianDay(int(day), julian)
        except ValueError:
            return None
        if self.peek() == "/":
            self.pos += 1
            seconds = self.time_of_day()
            if seconds is None:
                return None
            made.seconds = seconds
        return made


def _parse_tz_string(raw):
    scan = _TZScanner(raw)
    std_name = scan.name()
    if std_name is None:
        scan.fail("Invalid STD format in")
    std_offset = scan.offset()
    if std_offset is None:
        scan.fail("Invalid STD offset in")
    if not scan.peek():
        return _Local(std_offset, 0, std_name)
    dst_name = scan.name()
    if dst_name is None:
        scan.fail("Invalid DST format in")
    if scan.peek() == ",":
        dst_offset = std_offset + 3600
    else:
        dst_offset = scan.offset()
        if dst_offset is None:
            scan.fail("Invalid DST offset in")
    dates = []
    for _ in range(2):
        if scan.peek() != ",":
            scan.fail("Missing transition rules in TZ string:")
        scan.pos += 1
        date = scan.rule()
        if date is None:
            scan.fail("Malformed transition rule in TZ string:")
        dates.append(date)
    if scan.peek():
        scan.fail("Extraneous characters at end of TZ string:")
    return _Rule(std_name, std_offset, dst_name, dst_offset, dates[0], dates[1])


# ---- TZif files ----


def _read_tzif(data):
    """(transition types, transition times, offsets, dst flags, names, TZ string)."""
    def header(at):
        if data[at:at + 4] != b"TZif":
            raise ValueError("Invalid TZif file: magic not found")
        version = 1 if data[at + 4:at + 5] == b"\x00" else int(data[at + 4:at + 5])
        counts = _struct.unpack(">6l", data[at + 20:at + 44])
        return version, counts, at + 44

    version, counts, pos = header(0)
    width, code = 4, "l"
    if version > 1:
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        pos += (timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt)
        version, counts, pos = header(pos)
        width, code = 8, "q"
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    times = _struct.unpack(f">{timecnt}{code}", data[pos:pos + timecnt * width])
    pos += timecnt * width
    kinds = tuple(data[pos:pos + timecnt])
    pos += timecnt
    offsets, dsts, name_at = [], [], []
    for _ in range(typecnt):
        off, dst, idx = _struct.unpack(">lbb", data[pos:pos + 6])
        offsets.append(off)
        dsts.append(dst)
        name_at.append(idx)
        pos += 6
    chars = data[pos:pos + charcnt]
    pos += charcnt
    names = [chars[i:chars.find(b"\x00", i)].decode() for i in name_at]
    tz_string = None
    if version >= 2:
        pos += isutcnt + isstdcnt + leapcnt * 12
        if data[pos:pos + 1] != b"\n":
            raise ValueError("Invalid TZif file: footer not found")
        end = data.index(b"\n", pos + 1)
        tz_string = data[pos + 1:end]
    return kinds, list(times), offsets, dsts, names, tz_string


def _dst_offsets(kinds, offsets, dsts):
    """TZif files say only whether a type is daylight saving time: its amount is found by
    comparing it with the standard time next to it (1 hour when nothing tells)."""
    amounts = [0] * len(dsts)
    wanted = sum(dsts)
    found = 0
    for i in range(1, len(kinds)):
        if wanted == found:
            break
        kind = kinds[i]
        if not dsts[kind] or amounts[kind]:
            continue
        amount = 0
        before = kinds[i - 1]
        if not dsts[before]:
            amount = offsets[kind] - offsets[before]
        if not amount and kind < len(dsts) - 1 and i + 1 < len(kinds):
            after = kinds[i + 1]
            if dsts[after]:
                continue
            amount = offsets[kind] - offsets[after]
        if amount:
            found += 1
            amounts[kind] = amount
    else:
        for kind in range(len(dsts)):
            if dsts[kind] and not amounts[kind]:
                amounts[kind] = 3600
    return amounts


def _wall_transitions(kinds, times, offsets):
    """Each transition as local wall-clock seconds, for fold=0 (the later of the two wall
    times, taken with the larger offset) and for fold=1 (the smaller)."""
    if not times:
        return [[], []]
    later, earlier = list(times), list(times)
    for i in range(len(kinds)):
        prev = offsets[kinds[i - 1]] if i else offsets[0]
        cur = offsets[kinds[i]]
        later[i] += max(prev, cur)
        earlier[i] += min(prev, cur)
    return [later, earlier]


def _seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


# ---- the time zone ----


class ZoneInfo(_tzinfo):
    """The time zone of an IANA key (`ZoneInfo("Europe/Paris")`)."""

    __module__ = "zoneinfo"
    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None:
            zone = cls._load_key(key)
            zone._from_cache = True
            zone = cls._cache.setdefault(key, zone)
        return zone

    @classmethod
    def no_cache(cls, key):
        zone = cls._load_key(key)
        zone._from_cache = False
        return zone

    @classmethod
    def _load_key(cls, key):
        path = _find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        zone = _tzinfo.__new__(cls)
        zone._key = key
        with open(path, "rb") as f:
            zone._load(f.read())
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = _tzinfo.__new__(cls)
        zone._key = key
        zone._load(fobj.read())
        zone._file_repr = repr(fobj)
        zone._from_cache = None
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    def _load(self, data):
        kinds, times, offsets, dsts, names, tz_string = _read_tzif(bytes(data))
        amounts = _dst_offsets(kinds, offsets, dsts)
        infos = [_Local(o, a, n) for o, a, n in zip(offsets, amounts, names)]
        self._utc_times = times
        self._wall_times = _wall_transitions(kinds, times, offsets)
        self._after_each = [infos[k] for k in kinds]
        self._before_first = next((infos[i] for i in range(len(dsts)) if not dsts[i]),
                                  self._after_each[0] if self._after_each else None)
        if tz_string:
            self._after_last = _parse_tz_string(tz_string)
        elif self._after_each:
            self._after_last = self._after_each[-1]
        elif infos:
            self._after_last = infos[-1]
        else:
            raise ValueError("No time zone information found.")
        if len(infos) > 1 or isinstance(self._after_last, _Rule):
            self._fixed = False
        else:
            self._fixed = not infos or infos[0] == self._after_last

    @property
    def key(self):
        return self._key

    def _info(self, dt):
        if dt is None:
            return self._after_last if self._fixed else _UNKNOWN
        if not isinstance(dt, _datetime):
            raise TypeError("utcoffset(dt) argument must be a datetime instance or None, "
                            f"not {type(dt).__name__}")
        ts = _seconds(dt)
        walls = self._wall_times[dt.fold]
        if walls and ts < walls[0]:
            return self._before_first
        if not walls or ts > walls[-1]:
            if isinstance(self._after_last, _Rule):
                return self._after_last.local_info(ts, dt.year, dt.fold)
            return self._after_last
        return self._after_each[_bisect.bisect_right(walls, ts) - 1]

    def utcoffset(self, dt):
        return self._info(dt).utcoff

    def dst(self, dt):
        return self._info(dt).dstoff

    def tzname(self, dt):
        return self._info(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _seconds(dt)
        times = self._utc_times
        fold = False
        if times and ts < times[0]:
            info = self._before_first
        elif not times or ts > times[-1]:
            last = self._after_last
            if isinstance(last, _Rule):
                info, fold = last.utc_info(ts, dt.year)
            else:
                info = last
            if times:
                # Just after the last transition in the file, the fold is between the
                # type before it and what follows.
                before = self._after_each[-2] if len(times) > 1 else self._before_first
                shift = (before.utcoff - info.utcoff).total_seconds()
                if shift > 0 and ts < times[-1] + shift:
                    fold = True
        else:
            idx = _bisect.bisect_right(times, ts)
            if idx >= 2:
                before, info = self._after_each[idx - 2], self._after_each[idx - 1]
            else:
                before, info = self._before_first, self._after_each[0]
            fold = (before.utcoff - info.utcoff).total_seconds() > ts - times[idx - 1]
        dt = dt + info.utcoff
        return dt.replace(fold=1) if fold else dt

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    def __reduce__(self):
        if self._from_cache is None:
            import pickle
            raise pickle.PicklingError(
                "Cannot pickle a ZoneInfo file from a file stream.")
        return (type(self)._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)
