"""Text streams: `StringIO`, and the text files `open()` returns (`TextIOWrapper`).

Written in Python over the native `_io`, which opens, reads, writes and seeks the system's
files: buffering lines and translating newlines is naturally Python. Binary streams
(`BytesIO`, files opened with 'b') wait for bytes."""

import _io

__all__ = ["open", "StringIO", "BytesIO", "TextIOWrapper", "IOBase", "TextIOBase",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def _check_int(v):
    if v is None:
        return -1
    if not isinstance(v, int):
        try:
            return v.__index__()
        except AttributeError:
            raise TypeError(f"argument should be integer or None, not "
                            f"'{type(v).__name__}'") from None
    return v


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline!r}")


def _seen_newlines(seen, s):
    """Adds the kinds of line break in `s` to the bit set `seen` (1 CR, 2 LF, 4 CRLF)."""
    crlf = s.count("\r\n")
    if crlf:
        seen |= 4
    if s.count("\r") > crlf:
        seen |= 1
    if s.count("\n") > crlf:
        seen |= 2
    return seen


# What `newlines` reports for each set of line breaks seen, as CPython's decoder does.
_NEWLINES = (None, "\r", "\n", ("\r", "\n"), "\r\n", ("\r", "\r\n"),
             ("\n", "\r\n"), ("\r", "\n", "\r\n"))


def _line_end(buf, start, newline, final):
    """Where the line starting at `start` ends (just after its line break), or -1 when no
    break is there yet. `final`: no more text will come, so a lone '\\r' at the end ends."""
    if newline == "\n" or (newline is None and "\r" not in buf):
        i = buf.find("\n", start)
        return -1 if i < 0 else i + 1
    if newline == "\r" or newline == "\r\n":
        i = buf.find(newline, start)
        return -1 if i < 0 else i + len(newline)
    # Universal newlines: \n, \r\n or \r.
    n = buf.find("\n", start)
    r = buf.find("\r", start)
    if r < 0 or (0 <= n < r):
        return -1 if n < 0 else n + 1
    if r + 1 < len(buf):
        return r + 2 if buf[r + 1] == "\n" else r + 1
    return r + 1 if final else -1


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    _closed_message = "I/O operation on closed file."

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def readlines(self, hint=-1):
        hint = _check_int(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """A text stream kept in memory."""

    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        self._newline = newline
        self._closed = False
        # The text is `_buf` followed by the pieces in `_tail` (appends are cheap).
        self._buf = ""
        self._tail = []
        self._size = 0
        self._pos = 0
        self._seen = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check_closed()
        return _NEWLINES[self._seen] if self._newline is None else None

    def close(self):
        self._closed = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def _text(self):
        if self._tail:
            self._buf = self._buf + "".join(self._tail)
            self._tail = []
        return self._buf

    def getvalue(self):
        self._check_closed()
        return self._text()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        nl = self._newline
        if nl is None:
            if "\r" in s or "\n" in s:
                self._seen = _seen_newlines(self._seen, s)
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl == "\r" or nl == "\r\n":
            s = s.replace("\n", nl)
        if not s:
            return n
        if self._pos == self._size:
            self._tail.append(s)
        else:
            text = self._text()
            if self._pos > self._size:
                text += "\0" * (self._pos - self._size)
            text = text[:self._pos] + s + text[self._pos + len(s):]
            self._buf = text
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _check_int(size)
        text = self._text()
        start = min(self._pos, self._size)
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readline(self, size=-1):
        self._check_closed()
        size = _check_int(size)
        text = self._text()
        start = self._pos
        if start >= self._size:
            return ""
        nl = self._newline
        end = _line_end(text, start, "" if nl is None else nl, True)
        if end < 0:
            end = self._size
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return text[start:end]

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _check_int(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = self._size
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _check_int(size)
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < self._size:
            self._buf = self._text()[:size]
            self._size = size
        return size

    def __getstate__(self):
        raise TypeError("cannot pickle 'StringIO' object")

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(IOBase):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("io.BytesIO (binary streams need bytes)")


class TextIOWrapper(TextIOBase):
    """A text file of the system, as `open()` returns it."""

    def __init__(self, raw, name, mode, encoding, errors, newline, readable,
                 writable):
        self._raw = raw
        self.name = name
        self.mode = mode
        self.encoding = encoding
        self._codec = _io.check_encoding(encoding)
        self.errors = errors
        self._newline = newline
        self._readable = readable
        self._writable = writable
        # Text read ahead and not yet handed out: `_rbuf[_rpos:]`, which begins at byte
        # `_rstart` of the file.
        self._rbuf = None
        self._rpos = 0
        self._rstart = 0
        self._seen = 0

    @property
    def closed(self):
        return self._raw is None

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return _NEWLINES[self._seen] if self._newline is None else None

    @property
    def buffer(self):
        raise NotImplementedError("the binary buffer of a text file (needs bytes)")

    def __repr__(self):
        return (f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} "
                f"encoding={self.encoding!r}>")

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def close(self):
        if self._raw is not None:
            raw = self._raw
            self._raw = None
            raw.close()

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def fileno(self):
        self._check_closed()
        return self._raw.fileno()

    def isatty(self):
        self._check_closed()
        return self._raw.isatty()

    def _check_readable(self):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation("not readable")

    def _fill(self):
        if self._rbuf is None:
            self._rstart = self._raw.seek(0, 1)
            self._rbuf = self._raw.read(self._codec, self.errors)
            self._rpos = 0
            if self._newline is None:
                self._seen = _seen_newlines(self._seen, self._rbuf)

    def _drop_readahead(self):
        """Puts the file's position back where the reader stands."""
        if self._rbuf is not None:
            self._raw.seek(self._tell(), 0)
            self._rbuf = None

    def _translate(self, s):
        if self._newline is None and "\r" in s:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def read(self, size=-1):
        self._check_readable()
        size = _check_int(size)
        self._fill()
        buf, start = self._rbuf, self._rpos
        if size < 0:
            self._rpos = len(buf)
            return self._translate(buf[start:])
        end = min(len(buf), start + size)
        if self._newline is None and "\r" in buf:
            # Each '\r\n' is one character of text; take whole ones.
            out = []
            i = start
            while i < len(buf) and len(out) < size:
                c = buf[i]
                if c == "\r":
                    i += 2 if buf.startswith("\n", i + 1) else 1
                    out.append("\n")
                else:
                    out.append(c)
                    i += 1
            self._rpos = i
            return "".join(out)
        self._rpos = end
        return buf[start:end]

    def readline(self, size=-1):
        self._check_readable()
        size = _check_int(size)
        self._fill()
        buf, start = self._rbuf, self._rpos
        if start >= len(buf):
            return ""
        nl = self._newline
        end = _line_end(buf, start, "" if nl is None else nl, True)
        if end < 0:
            end = len(buf)
        if 0 <= size < end - start:
            end = start + size
        self._rpos = end
        return self._translate(buf[start:end])

    def write(self, s):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("not writable")
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        # Text read ahead is dropped, not given back: the write lands after it, where
        # CPython's buffered file has its position too.
        self._rbuf = None
        text = s
        nl = self._newline
        if nl == "\r" or nl == "\r\n":
            text = text.replace("\n", nl)
        self._raw.write(text, self._codec, self.errors)
        return len(s)

    def _tell(self):
        if self._rbuf is None:
            return self._raw.seek(0, 1)
        return self._rstart + self._raw.byte_len(self._rbuf[:self._rpos], self._codec)

    def tell(self):
        self._check_closed()
        return self._tell()

    def seek(self, cookie, whence=0):
        self._check_closed()
        cookie = _check_int(cookie)
        if whence not in (0, 1, 2):
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 0 and cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        if whence == 1:
            return self.tell()
        self._rbuf = None
        return self._raw.seek(cookie, whence)

    def truncate(self, pos=None):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if pos is None:
            pos = self._tell()
        self._drop_readahead()
        self._raw.truncate(pos)
        return pos

    def flush(self):
        self._check_closed()


def _fspath(file):
    if isinstance(file, str):
        return file
    f = getattr(type(file), "__fspath__", None)
    if f is not None:
        path = f(file)
        if isinstance(path, str):
            return path
    if isinstance(file, int):
        raise NotImplementedError("open() of a file descriptor")
    if isinstance(file, bytes):
        raise NotImplementedError("open() of a bytes path")
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as "
                        f"an integer")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not "
                        f"{type(encoding).__name__}")
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"open() argument 'errors' must be str or None, not "
                        f"{type(errors).__name__}")
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError(f"invalid mode: '{mode}'")
    kinds = [c for c in "rwax" if c in modes]
    if "t" in modes and "b" in modes:
        raise ValueError("can't have text and binary mode at once")
    if len(kinds) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "b" in modes:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
        raise NotImplementedError(f"open() in binary mode ('{mode}'): files of bytes")
    _check_newline(newline)
    if buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if opener is not None:
        raise NotImplementedError("open() with an opener")
    if not closefd:
        raise ValueError("Cannot use closefd=False with file name")
    path = _fspath(file)
    kind = kinds[0] if kinds else ""

    plus = "+" in modes
    if encoding is None:
        encoding = "utf-8"
    _io.check_encoding(encoding)
    if not kinds:
        raise ValueError("Must have exactly one of create/read/write/append mode "
                         "and at most one plus")
    raw = _io.open_file(path, kind + ("+" if plus else ""))
    f = TextIOWrapper(raw, file, mode, encoding, errors or "strict", newline,
                      kind == "r" or plus, kind != "r" or plus)
    return f
