"""Common string constants, `capwords`, `Template` ($-substitution) and `Formatter` (the
`str.format` mini-language opened up for subclasses). Written in Python: a Template's
pattern is a regular expression a subclass may change, and Formatter is made to be
overridden method by method."""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split S into words by SEP, capitalize each, and join them with SEP (a space when SEP is
    None, runs of whitespace then counting as one separator)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


# ---- Template ----

_no_mapping = {}


class _Layered:
    """Keyword arguments in front of a mapping: all that substitution asks of it is `[]`."""

    def __init__(self, front, back):
        self.front = front
        self.back = back

    def __getitem__(self, key):
        if key in self.front:
            return self.front[key]
        return self.back[key]


def _template_pattern(cls):
    if "pattern" in cls.__dict__:
        return _re.compile(cls.pattern, cls.flags | _re.VERBOSE)
    delim = _re.escape(cls.delimiter)
    ident = cls.idpattern
    braced = cls.braceidpattern or cls.idpattern
    text = (f"\n{delim}(?:\n"
            f"  (?P<escaped>{delim}) |\n"
            f"  (?P<named>{ident}) |\n"
            f"  {{(?P<braced>{braced})}} |\n"
            f"  (?P<invalid>)\n"
            f")\n")
    return _re.compile(text, cls.flags | _re.VERBOSE)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    # `[a-z]` with IGNORECASE would match some non-ASCII letters: the (?a:) keeps to ASCII.
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _template_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _unrecognized(self):
        return ValueError("Unrecognized named group in pattern", self.pattern)

    def _where(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            return 1, 1
        return len(lines), i - len("".join(lines[:-1]))

    def _replace(self, mapping, kws, safe):
        if mapping is _no_mapping:
            mapping = kws
        elif kws:
            mapping = _Layered(kws, mapping)

        def one(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                if not safe:
                    return str(mapping[name])
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                if safe:
                    return mo.group()
                line, col = self._where(mo)
                raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")
            raise self._unrecognized()

        return self.pattern.sub(one, self.template)

    def substitute(self, mapping=_no_mapping, /, **kws):
        return self._replace(mapping, kws, False)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        return self._replace(mapping, kws, True)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None and mo.group("braced") is None
                    and mo.group("escaped") is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                if name not in ids:
                    ids.append(name)
            elif mo.group("invalid") is None and mo.group("escaped") is None:
                raise self._unrecognized()
        return ids


Template.pattern = _template_pattern(Template)


# ---- Formatter ----

def _parse_field(s, pos):
    """Reads the replacement field that starts at s[pos] (just after its `{`): returns
    (field_name, format_spec, conversion, the position after the field's `}`)."""
    n = len(s)
    start = pos
    c = ""
    while pos < n:
        c = s[pos]
        pos += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            # An index may hold any character but `]`.
            while pos < n and s[pos] != "]":
                pos += 1
            continue
        if c in "}:!":
            break
    else:
        if c != "}":
            raise ValueError("expected '}' before end of string")
    name = s[start:pos - 1]
    if c == "}":
        return name, "", None, pos
    conversion = None
    if c == "!":
        if pos >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[pos]
        pos += 1
        if pos < n:
            c = s[pos]
            pos += 1
            if c == "}":
                return name, "", conversion, pos
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    # The format spec runs to the `}` that balances the field's `{`.
    spec_start = pos
    depth = 1
    while pos < n:
        c = s[pos]
        pos += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return name, s[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _parse(s):
    """(literal_text, field_name, format_spec, conversion) for each piece of format string S,
    as str.format reads it."""
    if not isinstance(s, str):
        raise TypeError(f"expected str, got {type(s).__name__}")
    return _pieces(s)


def _pieces(s):
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ""
        while pos < n:
            c = s[pos]
            pos += 1
            if c == "{" or c == "}":
                break
        else:
            yield s[start:pos], None, None, None
            return
        at_end = pos >= n
        if c == "}" and (at_end or s[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end:
            raise ValueError("Single '{' encountered in format string")
        if s[pos] == c:
            # A doubled brace is one brace of literal text.
            pos += 1
            yield s[start:pos - 1], None, None, None
            continue
        literal = s[start:pos - 1]
        name, spec, conversion, pos = _parse_field(s, pos)
        yield literal, name, spec, conversion


def _index(text):
    return int(text) if text.isdecimal() else text


def _split_field_name(name):
    """The first part of a field name (an int if it is all digits) and an iterator over the
    rest, as (is_attribute, name_or_key) pairs."""
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    return _index(name[:i]), _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            start = i
            while i < n and name[i] not in ".[":
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield True, name[start:i]
        elif c == "[":
            start = i
            while i < n and name[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            key = name[start:i]
            i += 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, _index(key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            # Fields are numbered automatically ({}) or by hand ({0}), never both.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The spec may itself hold fields: `{x:{width}}`.
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return "".join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
