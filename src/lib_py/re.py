"""Regular expressions with the behaviour of CPython's `re`. Patterns are read and run by the
native `_re` engine; the objects a program sees (Pattern, Match, the flags, replacement
templates) are written here."""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# ---- flags ----

# In the order CPython's RegexFlag defines them: the order its repr lists them.
_FLAG_NAMES = [
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
]
_ALL_FLAGS = 511


class _FlagType(type):
    def __repr__(cls):
        return "<flag %r>" % cls.__name__


class RegexFlag(int, metaclass=_FlagType):
    """The flags as one enum-like int type: `re.IGNORECASE|re.MULTILINE`."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n, b in _FLAG_NAMES if v & b]
        if v & ~_ALL_FLAGS or not names:
            return None
        return "|".join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            v = v & _ALL_FLAGS
        parts = ["re." + n for n, b in _FLAG_NAMES if v & b]
        rest = v & ~_ALL_FLAGS
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __iter__(self):
        v = int(self)
        return iter([_FLAGS[n] for n, b in _FLAG_NAMES if v & b])

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


RegexFlag.__module__ = "re"
_FLAGS = {}
for _n, _b in _FLAG_NAMES:
    _FLAGS[_n] = RegexFlag(_b)
A = ASCII = _FLAGS["ASCII"]
I = IGNORECASE = _FLAGS["IGNORECASE"]
L = LOCALE = _FLAGS["LOCALE"]
U = UNICODE = _FLAGS["UNICODE"]
M = MULTILINE = _FLAGS["MULTILINE"]
S = DOTALL = _FLAGS["DOTALL"]
X = VERBOSE = _FLAGS["VERBOSE"]
T = TEMPLATE = _FLAGS["TEMPLATE"]
DEBUG = _FLAGS["DEBUG"]
NOFLAG = RegexFlag(0)
del _n, _b


_from_latin1 = _re.latin1
_to_latin1 = _re.unlatin1


# ---- errors ----

class error(Exception):
    """A pattern that does not compile: `msg`, with the `pattern` and the `pos` in it."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            text = pattern if isinstance(pattern, str) else _from_latin1(pattern)
            self.lineno = text.count("\n", 0, pos) + 1
            self.colno = pos - text.rfind("\n", 0, pos)
            if "\n" in text:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


Pattern = _re.Pattern
Match = _re.Match


def _new_pattern(pattern, flags):
    return _re.compile(pattern, flags, error, _compile_template)


# ---- replacement templates ----

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern.pattern, pattern.flags, type(repl), repl)
    t = _template_cache.get(key)
    if t is None:
        t = _parse_template(pattern, repl)
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = t
    return t


def _parse_template(pattern, repl):
    """The pieces of a replacement: strings, and ints for the groups to put in."""
    istext = isinstance(repl, str)
    s = repl if istext else _from_latin1(repl)
    out = []
    lit = []
    n = len(s)
    i = 0
    groups = pattern.groups
    groupindex = pattern.groupindex

    def fail(msg, pos):
        if not istext:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        raise error(msg, repl, pos)

    def add_group(g, pos):
        if g > groups:
            fail("invalid group reference %d" % g, pos)
        if lit:
            out.append("".join(lit))
            del lit[:]
        out.append(g)

    while i < n:
        c = s[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            fail("bad escape (end of pattern)", n - 1)
        c = s[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or s[i] != "<":
                fail("missing <", i)
            j = s.find(">", i + 1)
            if j < 0:
                name = s[i + 1:]
                if not name:
                    fail("missing group name", n)
                fail("missing >, unterminated name", i + 1)
            name = s[i + 1:j]
            if not name:
                fail("missing group name", i + 1)
            i = j + 1
            if name.isidentifier():
                g = groupindex.get(name)
                if g is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    g = int(name)
                    if g < 0:
                        raise ValueError
                except ValueError:
                    fail("bad character in group name %r" % name, j - len(name))
            add_group(g, j - len(name))
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and s[i] in "01234567":
                digits += s[i]
                i += 1
            lit.append(chr(int(digits, 8) & 0xff))
        elif c in "0123456789":
            digits = c
            if i < n and s[i] in "0123456789":
                digits += s[i]
                i += 1
                if (c in "01234567" and digits[1] in "01234567" and i < n
                        and s[i] in "01234567"):
                    digits += s[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377" % digits,
                             start)
                    lit.append(chr(v))
                    continue
            add_group(int(digits), start + 1)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail("bad escape \\%s" % c, start)
        else:
            lit.append("\\" + c)
    if lit:
        out.append("".join(lit))
    if not istext:
        out = [x if isinstance(x, int) else _to_latin1(x) for x in out]
    return out


# ---- the module's functions ----

# Keyed by (pattern, flags): a str and a bytes pattern are never equal, and a flag equals
# its int value.
_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    p = _cache.get((pattern, flags))
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & DEBUG:
        raise NotImplementedError("re.DEBUG is not supported by corun")
    p = _new_pattern(pattern, int(flags))
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[pattern, flags] = p
    return p


def compile(pattern, flags=0):
    return _cache.get((pattern, flags)) or _compile(pattern, flags)


# The functions programs call in loops are native (they find the pattern in `_cache`).
from _re import match, fullmatch, search, sub, subn, split, findall, finditer

_re._cache = _cache
_re._compile = _compile


def purge():
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


class _PatternScanner:
    """What `pattern.scanner(string, pos, endpos)` returns: each `match()` or `search()` goes
    on where the last match ended (past it when that match was empty)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._at = pos
        self._must_advance = False
        self._done = False

    def _step(self, search):
        if self._done:
            return None
        m = self.pattern._scan(self._string, self._pos, self._endpos, self._at, search,
                               self._must_advance)
        if m is None:
            self._done = True
            return None
        self._must_advance = m.end() == m.start()
        self._at = m.end()
        return m

    def match(self):
        return self._step(False)

    def search(self):
        return self._step(True)


class Scanner:
    """A simple lexer: `Scanner([(pattern, action), ...]).scan(text)` splits the text into
    the tokens the actions make (an action None drops its token), up to where no pattern
    matches; it returns the tokens and the rest of the text."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # One alternation, each phrase in a group of its own (the groups inside a phrase come
        # after it): `lastindex`, the group closed last, tells which phrase matched.
        self._group_of = {}
        index = 1
        for i, (phrase, _action) in enumerate(lexicon):
            self._group_of[index] = i
            index += 1 + compile(phrase, flags).groups
        if lexicon and isinstance(lexicon[0][0], bytes):
            joined = b"|".join(b"(" + p + b")" for p, _ in lexicon)
        else:
            joined = "|".join("(" + p + ")" for p, _ in lexicon)
        self.scanner = compile(joined, flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            outer = m.lastindex
            while outer not in self._group_of:
                outer -= 1
            action = self.lexicon[self._group_of[outer]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = _from_latin1(pattern)
    return _to_latin1("".join("\\" + c if c in _SPECIAL else c for c in text))
