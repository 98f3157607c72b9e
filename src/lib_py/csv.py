"""Reading and writing comma-separated values: `reader` and `writer` (a character-at-a-time
parser and a quoting writer, each driven by a dialect), the named dialects, `DictReader`,
`DictWriter` and `Sniffer`. Written in Python: CSV files are read a line at a time, and the
per-character work is plain string handling."""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "__doc__", "excel", "excel_tab", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    __module__ = "_csv"

_limit = 128 * 1024
_dialects = {}
_FIELDS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
           "skipinitialspace", "strict")


def _char(name, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        kinds = "string or None" if none_ok else "string"
        raise TypeError(f'"{name}" must be {kinds}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class Dialect:
    """The checked, read-only formatting parameters a reader or writer works with."""

    __slots__ = _FIELDS
    __module__ = "_csv"

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _FIELDS:
                raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def given(name):
            if name in kwargs:
                return kwargs[name], True
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name), True
            return None, False

        set_ = object.__setattr__
        value, present = given("delimiter")
        set_(self, "delimiter", _char("delimiter", value, False) if present else ",")
        value, present = given("doublequote")
        set_(self, "doublequote", bool(value) if present else True)
        value, _ = given("escapechar")
        set_(self, "escapechar", _char("escapechar", value, True))
        value, present = given("lineterminator")
        if not present:
            value = "\r\n"
        elif value is not None and not isinstance(value, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, "lineterminator", value)
        quoting, quoting_given = given("quoting")
        if not quoting_given:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        value, present = given("quotechar")
        quotechar = _char("quotechar", value, True) if present else '"'
        set_(self, "quotechar", quotechar)
        value, _ = given("skipinitialspace")
        set_(self, "skipinitialspace", bool(value))
        value, _ = given("strict")
        set_(self, "strict", bool(value))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar is None and not quoting_given:
            quoting = QUOTE_NONE
        set_(self, "quoting", int(quoting))
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.lineterminator is None:
            raise TypeError("lineterminator must be set")

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")


# Named as CPython names it (`_csv.Dialect`); the public `Dialect` class comes below.
_Dialect = Dialect
del Dialect


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


# Parser states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # stands for the end of a line in the parser


class reader:
    __module__ = "_csv"
    def __init__(self, csvfile, dialect=None, **kwargs):
        self._lines = iter(csvfile)
        self.dialect = _make_dialect(dialect, kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD

    def _add(self, c):
        if len(self._field) >= _limit:
            raise Error(f"field larger than field limit ({_limit})")
        self._field.append(c)

    def _save(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _end_field(self, c):
        self._save()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _char(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._end_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            self._state = _IN_FIELD
            if c is _EOL or c == "\n" or c == "\r":
                self._end_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                # A doubled quote inside quotes is one quote.
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._end_field(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file in universal-newline mode?")

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} "
                            f"(the file should be opened in text mode)")
            self.line_num += 1
            for c in line:
                self._char(c)
            self._char(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def _is_number(x):
    """Whether x is a number as CPython's C API counts one (QUOTE_NONNUMERIC leaves these
    unquoted)."""
    t = type(x)
    return (isinstance(x, complex) or hasattr(t, "__index__") or hasattr(t, "__float__")
            or hasattr(t, "__int__"))


class writer:
    __module__ = "_csv"
    def __init__(self, csvfile, dialect=None, **kwargs):
        write = getattr(csvfile, "write", None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = _make_dialect(dialect, kwargs)

    def _field(self, value, quoted):
        d = self.dialect
        special = d.delimiter + (d.escapechar or "") + (d.quotechar or "") + d.lineterminator
        out = []
        for c in value:
            escape = False
            if c in special:
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = "".join(out)
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        parts = []
        for item in items:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(item)
            else:
                quoted = d.quoting == QUOTE_ALL
            if item is None:
                text = ""
            elif isinstance(item, str):
                text = item
            else:
                text = str(item)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            # A lone empty field would read back as an empty row.
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _limit
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _limit = args[0]
    return old


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.
    """

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = "\t"


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # The header is read before the first row.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        nf = len(self.fieldnames)
        nr = len(row)
        if nf < nr:
            d[self.restkey] = row[nf:]
        elif nf > nr:
            for key in self.fieldnames[nr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# Text between two like quotes, with the characters around it that may be a delimiter: with
# a delimiter on both sides, at the start of a line, at its end, or alone on a line.
_QUOTED = (
    r"(?P<delim>[^\w\n\"'])(?P<space> ?)(?P<quote>[\"']).*?(?P=quote)(?P=delim)",
    r"(?:^|\n)(?P<quote>[\"']).*?(?P=quote)(?P<delim>[^\w\n\"'])(?P<space> ?)",
    r"(?P<delim>[^\w\n\"'])(?P<space> ?)(?P<quote>[\"']).*?(?P=quote)(?:$|\n)",
    r"(?:^|\n)(?P<quote>[\"']).*?(?P=quote)(?:$|\n)",
)


def _count(table, key):
    table[key] = table.get(key, 0) + 1


def _skips_space(line, delim):
    return line.count(delim) == line.count(delim + " ")


class Sniffer:
    """Guesses the dialect of a sample of CSV text, and whether it starts with a header."""

    def __init__(self):
        # Used when several characters look equally like the delimiter.
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing SAMPLE."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """From quoted fields: the quote that encloses most of them and the character most
        often beside them."""
        for text in _QUOTED:
            rx = re.compile(text, re.DOTALL | re.MULTILINE)
            found = rx.findall(data)
            if found:
                break
        else:
            return "", False, None, 0
        where = rx.groupindex
        quotes = {}
        delims = {}
        spaced = 0
        for m in found:
            if m[where["quote"] - 1]:
                _count(quotes, m[where["quote"] - 1])
            if "delim" not in where:
                continue
            d = m[where["delim"] - 1]
            if d and (delimiters is None or d in delimiters):
                _count(delims, d)
            if m[where["space"] - 1]:
                spaced += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaced
            if delim == "\n":
                # Most likely a single column.
                delim = ""
        else:
            delim = ""
            skipinitialspace = 0
        # A quote inside a quoted field (between delimiters) means quotes are doubled.
        d = re.escape(delim)
        q = quotechar
        doubled = re.compile(
            rf"(({d})|^)\W*{q}[^{d}\n]*{q}[^{d}\n]*{q}\W*(({d})|$)", re.MULTILINE)
        return quotechar, doubled.search(data) is not None, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        """The ASCII character that occurs the same number of times on (nearly) every line,
        looking at ten lines at a time until one character stands out."""
        lines = [line for line in data.split("\n") if line]
        chunk = min(10, len(lines))
        seen = {}  # char -> {count on a line: number of lines}
        modes = {}
        delims = {}
        rounds = 0
        start = 0
        while start < len(lines):
            rounds += 1
            for line in lines[start:start + chunk]:
                for code in range(127):
                    c = chr(code)
                    _count(seen.setdefault(c, {}), line.count(c))
            for c, counts in seen.items():
                items = list(counts.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    best = max(items, key=lambda kv: kv[1])
                    items.remove(best)
                    # The mode, less the lines that disagree with it.
                    modes[c] = (best[0], best[1] - sum(kv[1] for kv in items))
                else:
                    modes[c] = items[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for c, (freq, lines_agreeing) in modes.items():
                    if freq > 0 and lines_agreeing > 0:
                        if (lines_agreeing / total >= consistency
                                and (delimiters is None or c in delimiters)):
                            delims[c] = (freq, lines_agreeing)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return delim, _skips_space(lines[0], delim)
            start += chunk
        if not delims:
            return "", 0
        for d in self.preferred:
            if d in delims:
                return d, _skips_space(lines[0], d)
        delim = max((v, k) for k, v in delims.items())[1]
        return delim, _skips_space(lines[0], delim)

    def has_header(self, sample):
        """Whether the first row of SAMPLE looks like column names: a vote over the columns
        whose other rows all parse as numbers, or all have one length."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        ncols = len(header)
        kinds = dict.fromkeys(range(ncols))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != ncols:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
