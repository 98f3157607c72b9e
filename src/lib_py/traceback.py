"""Extracting, formatting and printing tracebacks. The text is made by the native `_traceback`,
the same code that prints an uncaught exception; this module gives it CPython's interface."""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


class _TracebackSwap:
    """Formats `value` as if its traceback were `tb` (the old three-argument form)."""

    def __init__(self, value, tb):
        self.value = value
        self.tb = tb

    def __enter__(self):
        self.saved = self.value.__traceback__
        self.value.__traceback__ = self.tb

    def __exit__(self, *exc):
        self.value.__traceback__ = self.saved


def _limit(limit):
    """The limit asked for, else sys.tracebacklimit (a negative one shows nothing)."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    with _TracebackSwap(value, tb):
        text = _traceback.format_exception(value, chain, _limit(limit))
    return _chunks(text.splitlines(keepends=True))


_CHAIN_MESSAGES = (
    'The above exception was the direct cause of the following exception:\n',
    'During handling of the above exception, another exception occurred:\n',
)


def _chunks(lines):
    """Groups a report's lines as CPython's list holds them: an entry's "File" line with its
    source line, and a chaining message with the blank lines around it."""
    result = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (line == '\n' and i + 2 < len(lines) and lines[i + 1] in _CHAIN_MESSAGES
                and lines[i + 2] == '\n'):
            result.append(''.join(lines[i:i + 3]))
            i += 3
            continue
        if (line.startswith('    ') and result and result[-1].startswith('  File ')
                and result[-1].count('\n') == 1):
            result[-1] += line
        else:
            result.append(line)
        i += 1
    return result


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return [f'{type(value).__name__}: {value}\n']
    if isinstance(value, SyntaxError):
        return _syntax_error_lines(value)
    return [_traceback.headline(value) + '\n'] + _note_lines(value)


def _syntax_error_lines(value):
    """A SyntaxError as CPython lays it out: where, the line, a caret under the error, then
    the type and message."""
    cls = type(value)
    stype = cls.__qualname__
    if cls.__module__ not in ("__main__", "builtins"):
        stype = f"{cls.__module__}.{stype}"
    lines = []
    suffix = ''
    if value.lineno is not None:
        lines.append('  File "{}", line {}\n'.format(value.filename or "<string>", value.lineno))
    elif value.filename is not None:
        suffix = ' ({})'.format(value.filename)
    text = value.text
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        lines.append('    {}\n'.format(ltext))
        if value.offset is not None:
            start = value.offset
            end = value.end_offset if value.end_offset not in (None, 0) else start
            if end == start or end == -1:
                end = start + 1
            col = start - 1 - spaces
            end_col = end - 1 - spaces
            if col >= 0:
                pad = "".join(c if c.isspace() else ' ' for c in ltext[:col])
                lines.append('    {}{}\n'.format(pad, '^' * (end_col - col)))
    lines.append("{}: {}{}\n".format(stype, value.msg or "<no detail available>", suffix))
    return lines + _note_lines(value)


def _note_lines(value):
    """The lines of the exception's notes (`__notes__`), as CPython's module writes them."""
    notes = getattr(value, '__notes__', None)
    if notes is None:
        return []
    if not isinstance(notes, (list, tuple, str)):
        try:
            return [repr(notes)]
        except Exception:
            return ['<__notes__ repr() failed>']
    lines = []
    for note in notes:
        try:
            note = str(note)
        except Exception:
            note = '<note str() failed>'
        lines.extend(line + '\n' for line in note.split('\n'))
    return lines


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        # Out of this generator, the one iterating it, `_extract_from_extended_frame_gen` and
        # `StackSummary.extract`: the frame that called `extract`.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _walk_tb_with_full_positions(tb):
    # Each entry with (lineno, end_lineno, colno, end_colno): where the failed expression is.
    while tb is not None:
        yield tb.tb_frame, tb._positions
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


class FrameSummary:
    """One entry of a stack: where (filename, lineno), in which function (name), and the
    source line (read when first asked for)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.getline(self.filename, self.lineno)
        return self._line.strip()


def _entry(f):
    # What the native formatter takes: the place, and where the failed expression is if known.
    if isinstance(f, FrameSummary) and f.colno is not None and f.end_colno is not None:
        return (f.filename, f.lineno, f.name, f.line, f.end_lineno, f.colno, f.end_colno)
    return tuple(f)


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass._extract_from_extended_frame_gen(
            ((f, lineno) for f, lineno in frame_gen), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if capture_locals:
            raise NotImplementedError("traceback's capture_locals (the local variables of "
                                      "each frame in the report)")
        frames = list(frame_gen)
        limit = _limit(limit)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, pos in frames:
            if isinstance(pos, tuple):
                lineno, end_lineno, colno, end_colno = pos
            else:
                lineno, end_lineno, colno, end_colno = pos, None, None, None
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines, end_lineno=end_lineno,
                                       colno=colno, end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        return "".join(_traceback.format_frames([_entry(frame_summary)]))

    def format(self):
        if type(self).format_frame_summary is not StackSummary.format_frame_summary:
            return [self.format_frame_summary(f) for f in self]
        lines = _traceback.format_frames([_entry(f) for f in self])
        # An entry is its "File" line and its source line, as CPython's list holds them.
        result = []
        for line in lines:
            if line.startswith('    ') and result and result[-1].startswith('  File'):
                result[-1] += line
            else:
                result.append(line)
        return result


class TracebackException:
    """An exception ready for rendering: its type, its stack, the exceptions it chains to."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if capture_locals:
            raise NotImplementedError("traceback's capture_locals (the local variables of "
                                      "each frame in the report)")
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines)
        self._str = str(exc_value) if exc_value is not None else None
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, _seen=_seen)
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit,
                                   lookup_lines=lookup_lines, _seen=_seen)
                for e in exc_value.exceptions]
        if exc_value is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._value is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        if self._value is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception(type(self._value), self._value, self._tb,
                                    limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
