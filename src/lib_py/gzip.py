"""gzip's one-shot `compress` and `decompress` (RFC 1952) over `zlib`. File objects
(`GzipFile`, `open`) need binary files, which corun does not have yet."""

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


def _no_files(*args, **kwargs):
    raise NotImplementedError("gzip.GzipFile and gzip.open (binary files)")


GzipFile = open = _no_files


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
