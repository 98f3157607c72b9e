"""gzip (RFC 1952) over `zlib`: the one-shot `compress` and `decompress`, and gzip files
(`GzipFile`, `open`) over binary files. A file being read is decompressed whole on its first
read (CPython decompresses as it goes); a file being written is compressed as it is written."""

import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ, WRITE = 1, 2

_ENDED_EARLY = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """A gzip file that is not valid."""


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """One gzip member holding `data`; `mtime` (default: now) goes into the header."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    xfl = {_COMPRESS_LEVEL_BEST: 2, _COMPRESS_LEVEL_FAST: 4}.get(compresslevel, 0)
    # OS 255: unknown, as CPython writes it.
    header = struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, 0, int(mtime), xfl, 255)
    body = zlib.compress(data, level=compresslevel, wbits=-15)
    return header + body + struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)


def _need(data, pos, n):
    if pos + n > len(data):
        raise EOFError(_ENDED_EARLY)
    return data[pos:pos + n]


def _skip_zstring(data, pos):
    end = data.find(b"\0", pos)
    return len(data) if end < 0 else end + 1


def _header_end(data):
    """Where the deflate data of the member at the start of `data` begins; None when `data`
    is empty."""
    magic = data[:2]
    if not magic:
        return None
    if magic != b"\x1f\x8b":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flags = struct.unpack("<BB", _need(data, 2, 2))
    _need(data, 4, 6)
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    pos = 10
    if flags & FEXTRA:
        (size,) = struct.unpack("<H", _need(data, pos, 2))
        _need(data, pos + 2, size)
        pos += 2 + size
    if flags & FNAME:
        pos = _skip_zstring(data, pos)
    if flags & FCOMMENT:
        pos = _skip_zstring(data, pos)
    if flags & FHCRC:
        _need(data, pos, 2)
        pos += 2
    return pos


def decompress(data):
    """The data of every gzip member in `data`, joined."""
    data = bytes(data)
    members = []
    while True:
        start = _header_end(data)
        if start is None:
            return b"".join(members)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = d.decompress(data[start:])
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_ENDED_EARLY)
        crc, size = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if size != len(out) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = d.unused_data[8:].lstrip(b"\0")


class GzipFile(io.BufferedIOBase):
    """A gzip file read or written through a binary file (named, or `fileobj`)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = io.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._plain = None
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if compresslevel not in range(-1, 10):
                raise ValueError("Invalid compression level: {!r}".format(compresslevel))
            self.mode = WRITE
            self.name = filename
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header(compresslevel)

    @property
    def mtime(self):
        return getattr(self, "_last_mtime", None)

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _write_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode("latin-1")
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        flags = FNAME if fname else 0
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        xfl = {_COMPRESS_LEVEL_BEST: 2, _COMPRESS_LEVEL_FAST: 4}.get(compresslevel, 0)
        self.fileobj.write(struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, flags, int(mtime), xfl, 255))
        if fname:
            self.fileobj.write(fname + b"\0")

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self.fileobj is None

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
        return length

    def _plain_stream(self):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        if self._plain is None:
            data = self.fileobj.read()
            if len(data) >= 8 and data[:2] == b"\x1f\x8b":
                (self._last_mtime,) = struct.unpack("<I", data[4:8])
            self._plain = io.BytesIO(decompress(data))
        return self._plain

    def read(self, size=-1):
        return self._plain_stream().read(size)

    def read1(self, size=-1):
        return self._plain_stream().read1(size)

    def peek(self, n):
        stream = self._plain_stream()
        pos = stream.tell()
        data = stream.read(max(n, 1))
        stream.seek(pos)
        return data

    def readline(self, size=-1):
        return self._plain_stream().readline(size)

    def readinto(self, b):
        return self._plain_stream().readinto(b)

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._plain_stream().seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self._size
        return self._plain_stream().tell()

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset = self._size + offset
            elif whence != io.SEEK_SET:
                raise ValueError("Seek from end not supported")
            if offset < self._size:
                raise OSError("Negative seek in write mode")
            self.write(b"\0" * (offset - self._size))
            return self._size
        if whence == io.SEEK_END:
            raise ValueError("Seek from end not supported")
        return self._plain_stream().seek(offset, whence)

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    """A gzip file in binary mode, or wrapped in a TextIOWrapper in text mode ('rt', 'wt')."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(type(filename), "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file
