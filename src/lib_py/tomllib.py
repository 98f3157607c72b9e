"""Parse TOML 1.0 documents (`loads`, `load`), as CPython 3.11's tomllib does.

A hand-written recursive-descent parser over the text; positions in error messages are the
same as CPython's, so every `TOMLDecodeError` reads the same.
"""

import re as _re
from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_CTRL = frozenset(chr(i) for i in range(32)) | frozenset("\x7f")
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE | frozenset("\"'")
_HEX = frozenset("0123456789abcdefABCDEF")
_BAD_BASIC = _CTRL - frozenset("\t")
_BAD_COMMENT = _BAD_BASIC
_BAD_LITERAL = _BAD_BASIC
_BAD_ML_BASIC = _CTRL - frozenset("\t\n")
_BAD_ML_LITERAL = _BAD_ML_BASIC
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r",
            '\\"': '"', "\\\\": "\\"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_RE_LOCALTIME = _re.compile(_TIME)
_RE_DATETIME = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")
_RE_NUMBER = _re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<frac>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    if parse_float is not float:
        parse_float = _checked_float(parse_float)
    return _Parser(s.replace("\r\n", "\n"), parse_float).document()


def _checked_float(user):
    def parse(text):
        value = user(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return parse


class _Namespaces:
    """Which key paths are tables declared outright (no second `[t]`), and which are frozen
    (inline tables and arrays, with everything under them)."""

    def __init__(self):
        self.explicit = set()
        self.frozen = set()
        self.pending = []

    def is_explicit(self, key):
        return key in self.explicit or self.is_frozen(key)

    def is_frozen(self, key):
        for n in range(1, len(key) + 1):
            if key[:n] in self.frozen:
                return True
        return False

    def forget(self, key):
        n = len(key)
        self.explicit = {k for k in self.explicit if k[:n] != key}
        self.frozen = {k for k in self.frozen if k[:n] != key}

    def commit_pending(self):
        self.explicit.update(self.pending)
        self.pending = []


class _NoNest(Exception):
    pass


def _nest(root, key, through_lists=True):
    cur = root
    for part in key:
        if part not in cur:
            cur[part] = {}
        cur = cur[part]
        if through_lists and isinstance(cur, list):
            cur = cur[-1]
        if not isinstance(cur, dict):
            raise _NoNest
    return cur


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float

    # -- errors and small scanners ------------------------------------------------------

    def error(self, pos, msg):
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            col = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {col}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def char(self, pos):
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, pos, chars):
        src = self.src
        n = len(src)
        while pos < n and src[pos] in chars:
            pos += 1
        return pos

    def until(self, pos, end, bad, eof_is_error):
        src = self.src
        stop = src.find(end, pos)
        if stop < 0:
            stop = len(src)
            if eof_is_error:
                raise self.error(stop, f"Expected {end!r}")
        for i in range(pos, stop):
            if src[i] in bad:
                raise self.error(i, f"Found invalid character {src[i]!r}")
        return stop

    def comment(self, pos):
        if self.char(pos) == "#":
            return self.until(pos + 1, "\n", _BAD_COMMENT, False)
        return pos

    def array_gap(self, pos):
        while True:
            start = pos
            pos = self.comment(self.skip(pos, _WS_NL))
            if pos == start:
                return pos

    # -- statements ---------------------------------------------------------------------

    def document(self):
        src = self.src
        self.root = {}
        self.ns = _Namespaces()
        header = ()
        pos = 0
        while True:
            pos = self.skip(pos, _WS)
            c = self.char(pos)
            if c is None:
                break
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.key_value(pos, header)
                pos = self.skip(pos, _WS)
            elif c == "[":
                self.ns.commit_pending()
                if self.char(pos + 1) == "[":
                    pos, header = self.array_table(pos)
                else:
                    pos, header = self.table(pos)
                pos = self.skip(pos, _WS)
            elif c != "#":
                raise self.error(pos, "Invalid statement")
            pos = self.comment(pos)
            c = self.char(pos)
            if c is None:
                break
            if c != "\n":
                raise self.error(pos, "Expected newline or end of document after a statement")
            pos += 1
        return self.root

    def table(self, pos):
        pos, key = self.key(self.skip(pos + 1, _WS))
        ns = self.ns
        if ns.is_explicit(key):
            raise self.error(pos, f"Cannot declare {key} twice")
        ns.explicit.add(key)
        try:
            _nest(self.root, key)
        except _NoNest:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]", pos):
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_table(self, pos):
        pos, key = self.key(self.skip(pos + 2, _WS))
        ns = self.ns
        if ns.is_frozen(key):
            raise self.error(pos, f"Cannot mutate immutable namespace {key}")
        ns.forget(key)
        ns.explicit.add(key)
        try:
            parent = _nest(self.root, key[:-1])
            last = key[-1]
            if last in parent:
                items = parent[last]
                if not isinstance(items, list):
                    raise _NoNest
                items.append({})
            else:
                parent[last] = [{}]
        except _NoNest:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]]", pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value(self, pos, header):
        pos, key, value = self.pair(pos)
        ns = self.ns
        for n in range(1, len(key)):
            path = header + key[:n]
            if path in ns.explicit:
                raise self.error(pos, f"Cannot redefine namespace {path}")
            ns.pending.append(path)
        parent = header + key[:-1]
        if ns.is_frozen(parent):
            raise self.error(pos, f"Cannot mutate immutable namespace {parent}")
        try:
            nest = _nest(self.root, parent)
        except _NoNest:
            raise self.error(pos, "Cannot overwrite a value") from None
        if key[-1] in nest:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            ns.frozen.add(header + key)
        nest[key[-1]] = value
        return pos

    def pair(self, pos):
        pos, key = self.key(pos)
        if self.char(pos) != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos, value = self.value(self.skip(pos + 1, _WS))
        return pos, key, value

    def key(self, pos):
        parts = []
        while True:
            pos, part = self.key_part(pos)
            parts.append(part)
            pos = self.skip(pos, _WS)
            if self.char(pos) != ".":
                return pos, tuple(parts)
            pos = self.skip(pos + 1, _WS)

    def key_part(self, pos):
        c = self.char(pos)
        if c is not None and c in _BARE:
            end = self.skip(pos, _BARE)
            return end, self.src[pos:end]
        if c == "'":
            return self.literal(pos)
        if c == '"':
            return self.basic(pos + 1, False)
        raise self.error(pos, "Invalid initial character for a key part")

    # -- values -------------------------------------------------------------------------

    def value(self, pos):
        src = self.src
        c = self.char(pos)
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline(pos, '"')
            return self.basic(pos + 1, False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline(pos, "'")
            return self.literal(pos)
        if c == "t" and src.startswith("true", pos):
            return pos + 4, True
        if c == "f" and src.startswith("false", pos):
            return pos + 5, False
        if c == "[":
            return self.array(pos)
        if c == "{":
            return self.inline_table(pos)
        m = _RE_DATETIME.match(src, pos)
        if m:
            try:
                value = _to_datetime(m)
            except ValueError as e:
                raise self.error(pos, "Invalid date or datetime") from e
            return m.end(), value
        m = _RE_LOCALTIME.match(src, pos)
        if m:
            h, mi, s, frac = m.groups()
            return m.end(), _time(int(h), int(mi), int(s), _micros(frac))
        m = _RE_NUMBER.match(src, pos)
        if m:
            if m.group("frac"):
                return m.end(), self.parse_float(m.group())
            return m.end(), int(m.group(), 0)
        word = src[pos:pos + 3]
        if word in ("inf", "nan"):
            return pos + 3, self.parse_float(word)
        word = src[pos:pos + 4]
        if word in ("-inf", "+inf", "-nan", "+nan"):
            return pos + 4, self.parse_float(word)
        raise self.error(pos, "Invalid value")

    def array(self, pos):
        items = []
        pos = self.array_gap(pos + 1)
        if self.src.startswith("]", pos):
            return pos + 1, items
        while True:
            pos, item = self.value(pos)
            items.append(item)
            pos = self.array_gap(pos)
            c = self.src[pos:pos + 1]
            if c == "]":
                return pos + 1, items
            if c != ",":
                raise self.error(pos, "Unclosed array")
            pos = self.array_gap(pos + 1)
            if self.src.startswith("]", pos):
                return pos + 1, items

    def inline_table(self, pos):
        table = {}
        frozen = _Namespaces()
        pos = self.skip(pos + 1, _WS)
        if self.src.startswith("}", pos):
            return pos + 1, table
        while True:
            pos, key, value = self.pair(pos)
            if frozen.is_frozen(key):
                raise self.error(pos, f"Cannot mutate immutable namespace {key}")
            try:
                nest = _nest(table, key[:-1], through_lists=False)
            except _NoNest:
                raise self.error(pos, "Cannot overwrite a value") from None
            if key[-1] in nest:
                raise self.error(pos, f"Duplicate inline table key {key[-1]!r}")
            nest[key[-1]] = value
            pos = self.skip(pos, _WS)
            c = self.src[pos:pos + 1]
            if c == "}":
                return pos + 1, table
            if c != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                frozen.frozen.add(key)
            pos = self.skip(pos + 1, _WS)

    # -- strings ------------------------------------------------------------------------

    def literal(self, pos):
        start = pos + 1
        end = self.until(start, "'", _BAD_LITERAL, True)
        return end + 1, self.src[start:end]

    def multiline(self, pos, quote):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1
        if quote == "'":
            end = self.until(pos, "'''", _BAD_ML_LITERAL, True)
            text = src[pos:end]
            pos = end + 3
        else:
            pos, text = self.basic(pos, True)
        # A closing run of four or five quotes keeps one or two of them in the string.
        for _ in range(2):
            if not src.startswith(quote, pos):
                break
            text += quote
            pos += 1
        return pos, text

    def basic(self, pos, multiline):
        src = self.src
        bad = _BAD_ML_BASIC if multiline else _BAD_BASIC
        pieces = []
        start = pos
        n = len(src)
        while True:
            if pos >= n:
                raise self.error(pos, "Unterminated string")
            c = src[pos]
            if c == '"':
                if not multiline:
                    pieces.append(src[start:pos])
                    return pos + 1, "".join(pieces)
                if src.startswith('"""', pos):
                    pieces.append(src[start:pos])
                    return pos + 3, "".join(pieces)
                pos += 1
            elif c == "\\":
                pieces.append(src[start:pos])
                pos, piece = self.escape(pos, multiline)
                pieces.append(piece)
                start = pos
            elif c in bad:
                raise self.error(pos, f"Illegal character {c!r}")
            else:
                pos += 1

    def escape(self, pos, multiline):
        src = self.src
        esc = src[pos:pos + 2]
        pos += 2
        if multiline and esc in ("\\ ", "\\\t", "\\\n"):
            # A line-ending backslash eats the newline and the whitespace after it.
            if esc != "\\\n":
                pos = self.skip(pos, _WS)
                c = self.char(pos)
                if c is None:
                    return pos, ""
                if c != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_NL), ""
        if esc == "\\u":
            return self.hex_char(pos, 4)
        if esc == "\\U":
            return self.hex_char(pos, 8)
        if esc in _ESCAPES:
            return pos, _ESCAPES[esc]
        raise self.error(pos, "Unescaped '\\' in a string")

    def hex_char(self, pos, width):
        digits = self.src[pos:pos + width]
        if len(digits) != width or not _HEX.issuperset(digits):
            raise self.error(pos, "Invalid hex value")
        pos += width
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.error(pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(code)


def _micros(frac):
    return int(frac.ljust(6, "0")) if frac else 0


_ZONES = {}


def _to_datetime(m):
    y, mo, d, h, mi, s, frac, zulu, sign, oh, om = m.groups()
    if h is None:
        return _date(int(y), int(mo), int(d))
    if sign:
        tz = _ZONES.get((sign, oh, om))
        if tz is None:
            k = 1 if sign == "+" else -1
            tz = _timezone(_timedelta(hours=k * int(oh), minutes=k * int(om)))
            _ZONES[(sign, oh, om)] = tz
    elif zulu:
        tz = _timezone.utc
    else:
        tz = None
    return _datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), _micros(frac),
                     tzinfo=tz)
