"""Streams: `StringIO` and `BytesIO` in memory, and the files `open()` returns: `FileIO`
(bytes, no buffer), the buffered readers and writers over it, and `TextIOWrapper` for text.

Written in Python over the native `_io`, which opens, reads, writes and seeks the system's
files: buffering lines, decoding and translating newlines is naturally Python, and the
decoding itself is `bytes.decode`, native."""

import _io

__all__ = ["open", "StringIO", "BytesIO", "TextIOWrapper", "IOBase", "TextIOBase",
           "RawIOBase", "BufferedIOBase", "FileIO", "BufferedReader", "BufferedWriter",
           "BufferedRandom", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
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
    # Only a '\r' before the '\n' matters: searching past it made reading a file line by
    # line quadratic.
    r = buf.find("\r", start) if n < 0 else buf.find("\r", start, n)
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


class _InMemory:
    """What the two streams kept in memory (`StringIO`, `BytesIO`) share, taken into each
    class's body (not a base class, so that their `__mro__` stays CPython's): they are
    closed only by `close()`, and can always be read, written and sought while open."""

    _closed = False

    @property
    def closed(self):
        return self._closed

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


class StringIO(TextIOBase):
    """A text stream kept in memory."""

    _closed = False
    closed = _InMemory.closed
    close = _InMemory.close
    readable = _InMemory.readable
    writable = _InMemory.writable
    seekable = _InMemory.seekable

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
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check_closed()
        return _NEWLINES[self._seen] if self._newline is None else None

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


def _plain_bytes(b):
    """The bytes of a bytes-like object, read as C code asking for a plain buffer reads
    them: a memoryview whose items are strided is refused."""
    view = memoryview(b)
    if not view.c_contiguous:
        raise BufferError("memoryview: underlying buffer is not C-contiguous")
    return bytes(view)


def _writable_view(b, name):
    """A byte view of a read-write bytes-like object, or CPython's TypeError."""
    try:
        view = memoryview(b)
    except TypeError:
        view = None
    if view is None or view.readonly or not view.c_contiguous:
        raise TypeError(
            f"{name}() argument must be read-write bytes-like object, "
            f"not {type(b).__name__}"
        )
    return view.cast("B")


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def readinto(self, b):
        view = _writable_view(b, "readinto")
        data = self.read(len(view))
        n = len(data)
        view[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def read1(self, size=-1):
        return self.read(size)


def _bytes_line(data, start, size):
    """Where the line of `data` starting at `start` ends: after its b'\\n', at the end of
    `data`, or after `size` bytes when `size` is not negative."""
    i = data.find(b"\n", start)
    end = len(data) if i < 0 else i + 1
    if 0 <= size < end - start:
        end = start + size
    return end


class BytesIO(BufferedIOBase):
    """A binary stream kept in memory."""

    _closed = False
    closed = _InMemory.closed
    close = _InMemory.close
    readable = _InMemory.readable
    writable = _InMemory.writable
    seekable = _InMemory.seekable

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._buf = bytearray(_plain_bytes(initial_bytes))
        self._pos = 0
        self._closed = False

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._check_closed()
        size = _check_int(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def flush(self):
        # Its own, as CPython's BytesIO has (nothing to write anywhere).
        self._check_closed()

    def readline(self, size=-1):
        self._check_closed()
        size = _check_int(size)
        start = self._pos
        if start >= len(self._buf):
            return b""
        end = _bytes_line(self._buf, start, size)
        self._pos = end
        return bytes(self._buf[start:end])

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = _plain_bytes(b)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(bytes(pos - len(self._buf)))
        self._buf[pos:pos + len(data)] = data
        self._pos = pos + len(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _check_int(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _check_int(size)
        if size < 0:
            raise ValueError(f"negative size value {size}")
        del self._buf[size:]
        return size


def _file_mode(kind, plus):
    """FileIO's `mode` for an open mode: 'rb', 'wb', 'ab', 'xb', or with '+' 'rb+' ('w+'
    gives 'rb+' as in CPython, the file having been emptied), 'ab+', 'xb+'."""
    if not plus:
        return kind + "b"
    return ("r" if kind in "rw" else kind) + "b+"


class FileIO(RawIOBase):
    """A file of the system read and written as bytes, without a buffer."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        modes = set(mode)
        if (modes - set("rwax+b") or len(mode) > len(modes)
                or len([c for c in "rwax" if c in modes]) != 1):
            raise ValueError(f"invalid mode: {mode}")
        kind = [c for c in "rwax" if c in modes][0]
        plus = "+" in modes
        self._raw = None
        if opener is not None:
            raise NotImplementedError("open() with an opener")
        if isinstance(file, int) and not isinstance(file, bool):
            self._raw = _io.open_fd(file, closefd)
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            self._raw = _io.open_file(_fspath(file), kind + ("+" if plus else ""))
        if kind == "a":
            # At the end from the start, as CPython's, so that `tell()` says where the
            # next write lands.
            try:
                self._raw.seek(0, 2)
            except OSError:
                pass
        self.name = file
        self.mode = _file_mode(kind, plus)
        self._blksize = self._raw.blksize()
        self._closefd = closefd
        self._readable = kind == "r" or plus
        self._writable = kind != "r" or plus

    @property
    def closed(self):
        return self._raw is None

    @property
    def closefd(self):
        return self._closefd

    def __repr__(self):
        if self._raw is None:
            return "<_io.FileIO [closed]>"
        return f"<_io.FileIO name={self.name!r} mode={self.mode!r} closefd={self._closefd}>"

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
        return self._raw.seekable()

    def fileno(self):
        self._check_closed()
        return self._raw.fileno()

    def isatty(self):
        self._check_closed()
        return self._raw.isatty()

    def _check_mode(self, readable):
        self._check_closed()
        if readable and not self._readable:
            raise UnsupportedOperation("File not open for reading")
        if not readable and not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def read(self, size=-1):
        self._check_mode(True)
        return self._raw.read(_check_int(size))

    def readall(self):
        return self.read(-1)

    def readinto(self, b):
        view = _writable_view(b, "readinto")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_mode(True)
        size = _check_int(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            c = self._raw.read(1)
            if not c:
                break
            out += c
            if c == b"\n":
                break
        return bytes(out)

    def write(self, b):
        self._check_mode(False)
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._raw.write(b)

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _check_int(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise OSError(22, "Invalid argument")
        return self._raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self._raw.seek(0, 1)

    def truncate(self, size=None):
        self._check_mode(False)
        if size is None:
            size = self.tell()
        self._raw.truncate(_check_int(size))
        return size


class _BufferedFile(BufferedIOBase):
    """What the three buffered classes share: each wraps a raw file (`raw`). Bytes written
    wait in `_wbuf` until it would hold more than `buffer_size`, or until `flush()`, a seek,
    a read, `close()` or the object's collection; a write larger than the buffer goes to the
    raw file at once, as CPython's. Reading lines keeps the bytes read past the line's end
    in `_ahead`."""

    _kind = "Buffered"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        buffer_size = _check_int(buffer_size)
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self._ahead = b""
        self._wbuf = bytearray()
        self._buffer_size = buffer_size

    def _raw_file(self):
        raw = self.raw
        if raw is None:
            raise ValueError("raw stream has been detached")
        return raw

    @property
    def closed(self):
        return self._raw_file().closed

    @property
    def name(self):
        return self._raw_file().name

    @property
    def mode(self):
        return self._raw_file().mode

    def __repr__(self):
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f"<_io.{type(self).__name__}>"
        return f"<_io.{type(self).__name__} name={name!r}>"

    def __del__(self):
        # As CPython's: a file collected while open is closed, its buffer written first;
        # an error doing so is dropped.
        try:
            if self.raw is not None:
                self.close()
        except Exception:
            pass

    def close(self):
        raw = self._raw_file()
        if raw.closed:
            return
        try:
            self.flush()
        finally:
            raw.close()

    def detach(self):
        raw = self._raw_file()
        self.flush()
        self._sync()
        self.raw = None
        return raw

    def readable(self):
        return self._raw_file().readable()

    def writable(self):
        return self._raw_file().writable()

    def seekable(self):
        return self._raw_file().seekable()

    def fileno(self):
        return self._raw_file().fileno()

    def isatty(self):
        return self._raw_file().isatty()

    def flush(self):
        if self._raw_file().closed:
            raise ValueError("flush of closed file")
        self._write_out()

    def _write_out(self):
        """Writes the buffered bytes to the raw file. What the raw file did not take (it
        raised, a pipe whose reader is gone) stays buffered."""
        buf = self._wbuf
        while buf:
            n = self.raw.write(buf)
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del buf[:n]

    def _check_readable(self):
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation("read")
        if self._wbuf:
            self._write_out()

    def _sync(self):
        """Gives back the bytes read ahead, so that the raw file stands where the reader
        does."""
        if self._ahead:
            n = len(self._ahead)
            self._ahead = b""
            if self.raw.seekable():
                self.raw.seek(-n, 1)

    def read(self, size=-1):
        self._check_readable()
        size = _check_int(size)
        ahead = self._ahead
        if size < 0:
            self._ahead = b""
            return ahead + self.raw.read(-1)
        if len(ahead) >= size:
            self._ahead = ahead[size:]
            return ahead[:size]
        self._ahead = b""
        return ahead + self._read_full(size - len(ahead))

    def _read_full(self, size):
        """`size` bytes of the raw file, fewer only at its end: a raw read gives what the
        system has at once (a pipe may have less)."""
        chunks = []
        while size > 0:
            data = self.raw.read(size)
            if not data:
                break
            chunks.append(data)
            size -= len(data)
        return b"".join(chunks)

    def read1(self, size=-1):
        # At most one raw read, as CPython's.
        self._check_readable()
        size = _check_int(size)
        if size < 0:
            size = DEFAULT_BUFFER_SIZE
        if self._ahead or size == 0:
            data, self._ahead = self._ahead[:size], self._ahead[size:]
            return data
        return self.raw.read(size)

    def peek(self, size=0):
        self._check_readable()
        if not self._ahead:
            self._ahead = self.raw.read(DEFAULT_BUFFER_SIZE)
        return self._ahead

    def readline(self, size=-1):
        self._check_readable()
        size = _check_int(size)
        out = b""
        while True:
            if not self._ahead:
                self._ahead = self.raw.read(DEFAULT_BUFFER_SIZE)
                if not self._ahead:
                    return out
            room = -1 if size < 0 else size - len(out)
            end = _bytes_line(self._ahead, 0, room)
            out += self._ahead[:end]
            self._ahead = self._ahead[end:]
            if out.endswith(b"\n") or len(out) == size:
                return out

    def write(self, b):
        self._check_closed()
        if not self.raw.writable():
            raise UnsupportedOperation("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(b, (bytes, bytearray)):
            try:
                b = memoryview(b).cast("B")
            except TypeError:
                raise TypeError(f"a bytes-like object is required, not "
                                f"'{type(b).__name__}'") from None
        self._sync()
        n = len(b)
        buf = self._wbuf
        if len(buf) + n <= self._buffer_size:
            buf += b
            return n
        # It does not fit: what is buffered goes first, then the new bytes go through
        # when they are more than a buffer, or start the buffer again.
        self._write_out()
        if n > self._buffer_size:
            done = 0
            while done < n:
                k = self.raw.write(b[done:] if done else b)
                if k is None:
                    raise BlockingIOError(11, "write could not complete without blocking",
                                          done)
                done += k
        else:
            buf += b
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _check_int(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        self._write_out()
        if whence == 1:
            pos -= len(self._ahead)
        self._ahead = b""
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self.raw.tell() - len(self._ahead) + len(self._wbuf)

    def truncate(self, pos=None):
        self._check_closed()
        if not self.raw.writable():
            raise UnsupportedOperation("truncate")
        self._write_out()
        if pos is None:
            pos = self.tell()
        self._sync()
        return self.raw.truncate(pos)


class BufferedReader(_BufferedFile):
    def _check_closed(self):
        if self.closed:
            raise ValueError("read of closed file")


class BufferedWriter(_BufferedFile):
    def _check_closed(self):
        if self.closed:
            raise ValueError("write to closed file")


class BufferedRandom(_BufferedFile):
    pass


class _StdinBuffer(BufferedReader):
    """`sys.stdin.buffer`: descriptor 0, read through the same buffer as `input()`, so
    that the two can be mixed."""

    def __init__(self):
        self._ahead = b""
        self._wbuf = bytearray()

    @property
    def closed(self):
        return False

    name = "<stdin>"
    mode = "rb"
    raw = None

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        return 0

    def isatty(self):
        return _io.stdin_isatty()

    def __repr__(self):
        return "<_io.BufferedReader name='<stdin>'>"

    def close(self):
        pass

    def read(self, size=-1):
        size = _check_int(size)
        if size < 0:
            return _io.stdin_read(-1)
        out = b""
        while len(out) < size:
            piece = _io.stdin_read(size - len(out))
            if not piece:
                break
            out += piece
        return out

    def read1(self, size=-1):
        return _io.stdin_read(DEFAULT_BUFFER_SIZE if size < 0 else size)

    def peek(self, size=0):
        raise NotImplementedError("peek() of sys.stdin.buffer")

    def readline(self, size=-1):
        return _io.stdin_readline(_check_int(size))

    def tell(self):
        raise OSError(29, "Illegal seek")

    def seek(self, pos, whence=0):
        raise OSError(29, "Illegal seek")


# It is the standard input's BufferedReader, and says so.
_StdinBuffer.__name__ = _StdinBuffer.__qualname__ = "BufferedReader"


def _make_stdin():
    # In UTF-8 mode and under the C.UTF-8 locale CPython reads its standard input as utf-8
    # with 'surrogateescape'.
    encoding = _io.preferred_encoding().lower()
    # Lines end at '\n' only, untranslated, as CPython's stdin on POSIX.
    f = TextIOWrapper(_StdinBuffer(), encoding,
                      "surrogateescape" if encoding == "utf-8" else "strict", "\n")
    f.mode = "r"
    return f


class _StdBuffer(BufferedWriter):
    """`sys.stdout.buffer` and `sys.stderr.buffer`: bytes written past the text layer."""

    def __init__(self, fd):
        self._fd = fd
        self._ahead = b""
        self._wbuf = bytearray()

    @property
    def name(self):
        return "<stdout>" if self._fd == 1 else "<stderr>"

    closed = False
    mode = "wb"
    raw = None

    def __repr__(self):
        if _io.std_unbuffered():
            return f"<_io.FileIO name={self.name!r} mode='wb' closefd=False>"
        return f"<_io.BufferedWriter name={self.name!r}>"

    def readable(self):
        return False

    def writable(self):
        return True

    def seekable(self):
        return False

    def fileno(self):
        return self._fd

    def close(self):
        pass

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _io.std_write(self._fd, b)

    def flush(self):
        _io.std_flush(self._fd)


_StdBuffer.__name__ = _StdBuffer.__qualname__ = "BufferedWriter"
_std_buffers = {}


def _std_buffer(fd):
    b = _std_buffers.get(fd)
    if b is None:
        b = _std_buffers[fd] = _StdBuffer(fd)
    return b


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: the files `open()` returns in text mode, or any binary
    stream given (`TextIOWrapper(BytesIO(b'...'), encoding='utf-8')`)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is None:
            encoding = _io.preferred_encoding()
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, "
                            f"not {type(encoding).__name__}")
        if errors is None:
            errors = "strict"
        _check_newline(newline)
        "".encode(encoding)  # an unknown encoding is CPython's LookupError here
        self._buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        # Text read ahead and not yet handed out: `_rbuf[_rpos:]`, which begins at byte
        # `_rstart` of the stream.
        self._rbuf = None
        self._rpos = 0
        self._rstart = 0
        self._eof = False
        self._seen = 0
        # Encoded text not yet handed to the buffer, and how many bytes it holds: it goes
        # on once it reaches `_CHUNK` bytes, at `flush()`, and before any read, seek or tell.
        self._pending = []
        self._pending_size = 0

    _CHUNK = 8192

    @property
    def buffer(self):
        return self._buffer

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return _NEWLINES[self._seen] if self._newline is None else None

    def __repr__(self):
        out = "<_io.TextIOWrapper"
        try:
            out += f" name={self.name!r}"
        except AttributeError:
            pass
        mode = self.__dict__.get("mode")
        if mode is not None:
            out += f" mode={mode!r}"
        return out + f" encoding={self.encoding!r}>"

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def close(self):
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self.flush()
        self._drop_readahead()
        buf = self._buffer
        return buf

    def _write_pending(self):
        """Hands the text written and not yet passed on to the buffer."""
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_size = 0
            self._buffer.write(data)

    def readable(self):
        self._check_closed()
        return self._buffer.readable()

    def writable(self):
        self._check_closed()
        return self._buffer.writable()

    def seekable(self):
        self._check_closed()
        return self._buffer.seekable()

    def fileno(self):
        self._check_closed()
        return self._buffer.fileno()

    def isatty(self):
        self._check_closed()
        return self._buffer.isatty()

    def _check_readable(self):
        self._check_closed()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        self._write_pending()

    def _fill(self):
        """Reads the rest of the stream into `_rbuf`. A seekable stream is read whole at
        once; one that is not (a pipe, a terminal) is read a line at a time, so that a
        program reading lines gets each as it comes."""
        if self._rbuf is None:
            self._rpos = 0
            if self._buffer.seekable():
                self._rstart = self._buffer.tell()
                self._rbuf = self._decode(self._buffer.read())
                self._eof = True
                return
            self._rstart = 0
            self._rbuf = ""
            self._eof = False
        while not self._eof:
            self._more()

    def _more(self):
        """Reads one more line of a stream that is not seekable into `_rbuf`."""
        line = self._buffer.readline()
        if not line:
            self._eof = True
            return
        if self._rpos:
            self._rbuf = self._rbuf[self._rpos:]
            self._rpos = 0
        self._rbuf += self._decode(line)

    def _fill_line(self):
        """Makes sure `_rbuf` holds a whole line after `_rpos`, or all that is left."""
        if self._rbuf is None or (not self._eof and self._buffer.seekable()):
            if self._buffer.seekable():
                return self._fill()
            self._rbuf = ""
            self._rpos = 0
            self._eof = False
        nl = self._newline
        while not self._eof and _line_end(self._rbuf, self._rpos,
                                          "" if nl is None else nl, False) < 0:
            self._more()

    def _decode(self, data):
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            self._seen = _seen_newlines(self._seen, text)
        return text

    def _drop_readahead(self):
        """Puts the stream's position back where the reader stands."""
        if self._rbuf is not None:
            self._buffer.seek(self._tell(), 0)
            self._rbuf = None

    def _translate(self, s):
        if self._newline is None and "\r" in s:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def read(self, size=-1):
        self._check_readable()
        size = _check_int(size)
        if size < 0:
            self._fill()
        else:
            self._fill_line()
            # One character more than asked, so that a '\r\n' is seen whole.
            while not self._eof and len(self._rbuf) - self._rpos <= size:
                self._more()
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
        self._fill_line()
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
        if not self._buffer.writable():
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
        data = text.encode(self.encoding, self.errors)
        if self._pending_size + len(data) > self._CHUNK:
            self._write_pending()
        self._pending.append(data)
        self._pending_size += len(data)
        line_end = self._line_buffering and ("\n" in text or "\r" in text)
        if self._pending_size >= self._CHUNK or self._write_through or line_end:
            self._write_pending()
        if line_end:
            self._buffer.flush()
        return len(s)

    def _tell(self):
        self._write_pending()
        if self._rbuf is None:
            return self._buffer.tell()
        done = self._rbuf[:self._rpos]
        return self._rstart + len(done.encode(self.encoding, self.errors))

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
        self.flush()
        self._rbuf = None
        return self._buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self._check_closed()
        if not self._buffer.writable():
            raise UnsupportedOperation("File not open for writing")
        self.flush()
        if pos is None:
            pos = self._tell()
        self._drop_readahead()
        self._buffer.truncate(pos)
        return pos

    def flush(self):
        self._check_closed()
        self._write_pending()
        self._buffer.flush()


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    f = getattr(type(file), "__fspath__", None)
    if f is not None:
        path = f(file)
        if isinstance(path, (str, bytes)):
            return path
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, (str, bytes, int)) and not hasattr(type(file), "__fspath__"):
        raise TypeError(f"expected str, bytes or os.PathLike object, not "
                        f"{type(file).__name__}")
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
    binary = "b" in modes
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
    else:
        _check_newline(newline)
        if buffering == 0:
            raise ValueError("can't have unbuffered text I/O")
    if not kinds:
        raise ValueError("Must have exactly one of create/read/write/append mode "
                         "and at most one plus")
    if encoding is not None:
        "".encode(encoding)  # LookupError before the file is made, as CPython
    kind = kinds[0]
    plus = "+" in modes
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the "
                      "default buffer size will be used", RuntimeWarning, 2)
    raw = FileIO(file, kind + ("+" if plus else ""), closefd, opener)
    if binary and buffering == 0:
        return raw
    size = buffering
    if size == 1 or size < 0:
        # The file's block size, as CPython takes it.
        size = raw._blksize if raw._blksize > 1 else DEFAULT_BUFFER_SIZE
    if plus:
        buf = BufferedRandom(raw, size)
    elif kind == "r":
        buf = BufferedReader(raw, size)
    else:
        buf = BufferedWriter(raw, size)
    if binary:
        return buf
    text = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
    text.mode = mode
    return text


def open_code(path):
    """The file at `path` opened for reading as bytes, as the import system reads code."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2, /):
    """The encoding a function given `encoding` should use: for None, "utf-8" in UTF-8 mode
    and "locale" otherwise."""
    if encoding is not None:
        return encoding
    import sys
    return "utf-8" if sys.flags.utf8_mode else "locale"


# `_io`'s public names are these classes and functions: CPython writes them in C there, and
# `io` takes them from it.
for _name, _value in (("open", open), ("open_code", open_code),
                      ("text_encoding", text_encoding), ("FileIO", FileIO),
                      ("BytesIO", BytesIO), ("StringIO", StringIO),
                      ("BufferedReader", BufferedReader), ("BufferedWriter", BufferedWriter),
                      ("BufferedRandom", BufferedRandom), ("TextIOWrapper", TextIOWrapper),
                      ("UnsupportedOperation", UnsupportedOperation),
                      ("DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE),
                      ("BlockingIOError", BlockingIOError), ("_IOBase", IOBase),
                      ("_RawIOBase", RawIOBase), ("_BufferedIOBase", BufferedIOBase),
                      ("_TextIOBase", TextIOBase)):
    setattr(_io, _name, _value)
del _name, _value
