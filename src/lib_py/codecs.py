"""The `codecs` module over corun's native text codecs (`str.encode`/`bytes.decode`).

Each codec is described by a `CodecInfo` whose functions call the native codec; the incremental
and stream classes keep the unfinished tail of a multi-byte sequence between calls. Error handlers
registered with `register_error` are applied here, by re-running the codec around each error."""

import builtins
import sys

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = BOM64_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = BOM64_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE

# CPython's name for each codec, by its normalised aliases.
_CANON = {}
for _name, _aliases in (
    ("utf-8", "utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4"),
    ("ascii", "ascii 646 us_ascii us ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6"),
    ("iso8859-1", "latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 iso_ir_100 iso_8859_1_1987 csisolatin1 ibm819"),
    ("utf-16", "utf_16 utf16 u16"),
    ("utf-16-le", "utf_16_le utf_16le unicodelittleunmarked"),
    ("utf-16-be", "utf_16_be utf_16be unicodebigunmarked"),
    ("utf-32", "utf_32 utf32 u32"),
    ("utf-32-le", "utf_32_le utf_32le"),
    ("utf-32-be", "utf_32_be utf_32be"),
    ("utf-8-sig", "utf_8_sig utf8_sig"),
    ("unicode-escape", "unicode_escape"),
    ("raw-unicode-escape", "raw_unicode_escape"),
):
    for _a in _aliases.split():
        _CANON[_a] = _name
del _name, _aliases, _a

_BYTES_CODECS = {
    "hex", "hex_codec", "base64", "base64_codec", "base_64", "rot13", "rot_13", "zlib",
    "zlib_codec", "zip", "bz2", "bz2_codec", "uu", "uu_codec", "quopri", "quopri_codec",
    "quotedprintable", "quoted_printable",
}


def _normalize(encoding):
    out = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and out:
                out.append("_")
            out.append(c.lower())
            punct = False
        else:
            punct = True
    return "".join(out)


def _typename(obj):
    return "None" if obj is None else type(obj).__name__


def _check_text(obj, what):
    if not isinstance(obj, str):
        raise TypeError(f"{what}() argument 1 must be str, not {_typename(obj)}")


def _as_bytes(obj):
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj)
    raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")


# ---- error handlers -------------------------------------------------------------------------

_NATIVE_ERRORS = {
    "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape",
    "surrogatepass", "namereplace",
}


def _wrong_exc(exc):
    return TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


# corun has no UnicodeTranslateError (there is no str.translate error to report).
_TRANSLATE = tuple(c for c in [getattr(builtins, "UnicodeTranslateError", None)] if c)


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError) + _TRANSLATE):
        return ("", exc.end)
    raise _wrong_exc(exc)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, _TRANSLATE):
        return ("\ufffd" * (exc.end - exc.start), exc.end)
    raise _wrong_exc(exc)


def _escape_char(c):
    n = ord(c)
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        return ("".join("\\x%02x" % b for b in bad), exc.end)
    if isinstance(exc, (UnicodeEncodeError,) + _TRANSLATE):
        bad = exc.object[exc.start:exc.end]
        return ("".join(_escape_char(c) for c in bad), exc.end)
    raise _wrong_exc(exc)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        return ("".join("&#%d;" % ord(c) for c in bad), exc.end)
    raise _wrong_exc(exc)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata

        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append("\\N{%s}" % unicodedata.name(c))
            except ValueError:
                out.append(_escape_char(c))
        return ("".join(out), exc.end)
    raise _wrong_exc(exc)


def _surrogate_errors(name):
    def handler(exc):
        raise NotImplementedError(f"corun does not support codecs.lookup_error({name!r}) as a function")

    handler.__name__ = handler.__qualname__ = name + "_errors"
    return handler


_ERRORS = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
    "surrogateescape": _surrogate_errors("surrogateescape"),
    "surrogatepass": _surrogate_errors("surrogatepass"),
}


def register_error(name, error_handler):
    if not isinstance(name, str):
        raise TypeError(f"register_error() argument 1 must be str, not {type(name).__name__}")
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _ERRORS[name] = error_handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError(f"lookup_error() argument must be str, not {type(name).__name__}")
    try:
        return _ERRORS[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def _custom(errors):
    return errors not in _NATIVE_ERRORS and errors in _ERRORS


def _handler_result(handler, exc):
    res = handler(exc)
    if not (isinstance(res, tuple) and len(res) == 2 and isinstance(res[1], int)):
        kind = "encoding" if isinstance(exc, UnicodeEncodeError) else "decoding"
        raise TypeError(f"{kind} error handler must return (str/bytes, int) tuple")
    rep, pos = res
    n = len(exc.object)
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError(f"position {res[1]} from error handler out of bounds")
    return rep, pos


def _encode_custom(text, encoding, errors):
    """Encodes with a handler from `register_error`: each error is handed to it."""
    handler = _ERRORS[errors]
    out = bytearray()
    pos = 0
    enc = encoding
    while True:
        try:
            out += text[pos:].encode(enc, "strict")
            return bytes(out)
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out += text[pos:start].encode(enc, "strict")
            exc = UnicodeEncodeError(e.encoding, text, start, end, e.reason)
            rep, pos = _handler_result(handler, exc)
            if isinstance(rep, str):
                out += rep.encode(enc, "strict")
            else:
                out += rep
        enc = _after_bom(enc, bytes(out))


def _after_bom(enc, done):
    # Once a BOM has been written, the rest is encoded in the order it announced.
    name = _CANON.get(_normalize(enc), enc)
    if name in ("utf-16", "utf-32"):
        return name + ("-le" if done[:2] == b"\xff\xfe" else "-be")
    if name == "utf-8-sig":
        return "utf-8"
    return enc


def _decode_custom(data, encoding, errors):
    handler = _ERRORS[errors]
    out = []
    pos = 0
    enc = encoding
    while True:
        try:
            out.append(data[pos:].decode(enc, "strict"))
            return "".join(out)
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(enc, "strict"))
            exc = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
            rep, pos = _handler_result(handler, exc)
            out.append(rep)
        enc = _after_bom(enc, data)


def _encode_text(text, encoding, errors):
    if errors is None:
        errors = "strict"
    if _custom(errors):
        return _encode_custom(text, encoding, errors)
    return text.encode(encoding, errors)


def _decode_bytes(data, encoding, errors):
    if errors is None:
        errors = "strict"
    if _custom(errors):
        return _decode_custom(data, encoding, errors)
    return data.decode(encoding, errors)


# ---- where a multi-byte sequence is cut ------------------------------------------------------


def _complete(data, name):
    """The length of the longest prefix of `data` that ends on a whole character (the rest may
    be the start of one still to come)."""
    n = len(data)
    if name in ("utf-8", "utf-8-sig"):
        for back in range(1, min(3, n) + 1):
            b = data[n - back]
            if b < 0x80:
                return n
            if b >= 0xC0:
                need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4 if b < 0xF8 else 1
                return n - back if need > back else n
        return n
    if name.startswith("utf-16"):
        n -= n % 2
        if n >= 2:
            unit = data[n - 2:n]
            le = name == "utf-16-le" or (name == "utf-16" and data[:2] != b"\xfe\xff")
            hi = unit[1] if le else unit[0]
            if 0xD8 <= hi <= 0xDB:
                n -= 2
        return n
    if name.startswith("utf-32"):
        return n - n % 4
    if name in ("unicode-escape", "raw-unicode-escape"):
        # A trailing backslash escape may still be incomplete.
        i = data.rfind(b"\\", max(0, n - 10))
        if i >= 0:
            j = i
            while j > 0 and data[j - 1] == 0x5C:
                j -= 1
            if (i - j) % 2 == 0:
                return i
        return n
    return n


def _decode_partial(data, name, errors, final):
    data = _as_bytes(data)
    cut = len(data) if final else _complete(data, name)
    return _decode_bytes(data[:cut], name, errors), cut


def _named_encoder(name, fname):
    def encoder(str, errors=None):
        _check_text(str, fname)
        return (_encode_text(str, name, errors), len(str))

    encoder.__name__ = encoder.__qualname__ = fname
    return encoder


def _named_decoder(name, fname, final_default=False):
    def decoder(data, errors=None, final=final_default):
        return _decode_partial(data, name, errors, final)

    decoder.__name__ = decoder.__qualname__ = fname
    return decoder


def _whole_decoder(name, fname):
    def decoder(data, errors=None):
        data = _as_bytes(data)
        return (_decode_bytes(data, name, errors), len(data))

    decoder.__name__ = decoder.__qualname__ = fname
    return decoder


utf_8_encode = _named_encoder("utf-8", "utf_8_encode")
utf_8_decode = _named_decoder("utf-8", "utf_8_decode")
utf_16_encode = _named_encoder("utf-16", "utf_16_encode")
utf_16_decode = _named_decoder("utf-16", "utf_16_decode")
utf_16_le_encode = _named_encoder("utf-16-le", "utf_16_le_encode")
utf_16_le_decode = _named_decoder("utf-16-le", "utf_16_le_decode")
utf_16_be_encode = _named_encoder("utf-16-be", "utf_16_be_encode")
utf_16_be_decode = _named_decoder("utf-16-be", "utf_16_be_decode")
utf_32_encode = _named_encoder("utf-32", "utf_32_encode")
utf_32_decode = _named_decoder("utf-32", "utf_32_decode")
utf_32_le_encode = _named_encoder("utf-32-le", "utf_32_le_encode")
utf_32_le_decode = _named_decoder("utf-32-le", "utf_32_le_decode")
utf_32_be_encode = _named_encoder("utf-32-be", "utf_32_be_encode")
utf_32_be_decode = _named_decoder("utf-32-be", "utf_32_be_decode")
ascii_encode = _named_encoder("ascii", "ascii_encode")
ascii_decode = _whole_decoder("ascii", "ascii_decode")
latin_1_encode = _named_encoder("iso8859-1", "latin_1_encode")
latin_1_decode = _whole_decoder("iso8859-1", "latin_1_decode")
unicode_escape_encode = _named_encoder("unicode-escape", "unicode_escape_encode")
unicode_escape_decode = _named_decoder("unicode-escape", "unicode_escape_decode", True)
raw_unicode_escape_encode = _named_encoder("raw-unicode-escape", "raw_unicode_escape_encode")
raw_unicode_escape_decode = _named_decoder(
    "raw-unicode-escape", "raw_unicode_escape_decode", True
)


def _not_supported(fname):
    def f(*args, **kwargs):
        raise NotImplementedError(f"corun does not support codecs.{fname}")

    f.__name__ = f.__qualname__ = fname
    return f


utf_7_encode = _not_supported("utf_7_encode")
utf_7_decode = _not_supported("utf_7_decode")
utf_16_ex_decode = _not_supported("utf_16_ex_decode")
utf_32_ex_decode = _not_supported("utf_32_ex_decode")
charmap_encode = _not_supported("charmap_encode")
charmap_decode = _not_supported("charmap_decode")
charmap_build = _not_supported("charmap_build")
readbuffer_encode = _not_supported("readbuffer_encode")
EncodedFile = _not_supported("EncodedFile")
StreamRecoder = _not_supported("StreamRecoder")
register = _not_supported("register")
unregister = _not_supported("unregister")


_SIMPLE_ESCAPES = {
    ord("\\"): 0x5C, ord("'"): 0x27, ord('"'): 0x22, ord("a"): 7, ord("b"): 8, ord("f"): 12,
    ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("v"): 11,
}


def escape_decode(data, errors=None):
    """Decodes the backslash escapes of a bytes literal, giving bytes."""
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = _as_bytes(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(b)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == 0x0A:
            pass
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
                else:
                    break
            out.append(v & 0xFF)
        elif c == ord("x"):
            hexd = data[i:i + 2]
            try:
                if len(hexd) < 2:
                    raise ValueError
                v = int(hexd.decode("ascii"), 16)
            except ValueError:
                if errors in (None, "strict"):
                    raise ValueError(f"invalid \\x escape at position {i - 2}") from None
                if errors == "replace":
                    out.append(ord("?"))
                elif errors != "ignore":
                    raise ValueError(
                        f"decoding error; unknown error handling code: {errors}"
                    ) from None
                while i < n and i < i + 2 and chr(data[i]) in "0123456789abcdefABCDEF":
                    i += 1
                continue
            out.append(v)
            i += 2
        else:
            out.append(0x5C)
            out.append(c)
    return (bytes(out), n)


def escape_encode(data, errors=None):
    if not isinstance(data, bytes):
        raise TypeError(f"escape_encode() argument 1 must be bytes, not {type(data).__name__}")
    r = repr(data)
    body = r[2:-1]
    if r[1] == '"':
        body = body.replace("'", "\\'")
    return (body.encode("latin-1"), len(data))


# ---- codec classes ---------------------------------------------------------------------------


class Codec:
    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# What the three stream wrappers share (set in each class, which keeps CPython's bases): an
# attribute they do not have is their stream's, and leaving a `with` block closes the stream.
def _stream_getattr(self, name, getattr=getattr):
    return getattr(self.stream, name)


def _stream_enter(self):
    return self


def _stream_exit(self, type, value, tb):
    self.stream.close()


class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    __getattr__, __enter__, __exit__ = _stream_getattr, _stream_enter, _stream_exit



class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""
        self.linebuffer = None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = "".join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = ""
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = ""
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if data.endswith("\r"):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = "".join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    __getattr__, __enter__, __exit__ = _stream_getattr, _stream_enter, _stream_exit



class StreamReaderWriter:
    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    __getattr__, __enter__, __exit__ = _stream_getattr, _stream_enter, _stream_exit



class CodecInfo(tuple):
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _make_codec(name):
    """The CodecInfo of one of corun's native codecs."""
    fname = name.replace("-", "_")
    if name == "iso8859-1":
        fname = "latin_1"
    bom_order = name in ("utf-16", "utf-32", "utf-8-sig")

    def encode(input, errors="strict"):
        _check_text(input, fname + "_encode")
        return (_encode_text(input, name, errors), len(input))

    def decode(input, errors="strict"):
        return _decode_partial(input, name, errors, True)

    encode.__name__ = encode.__qualname__ = "encode"
    decode.__name__ = decode.__qualname__ = "decode"
    # CPython's text codecs encode with the module's own `*_encode` function where one exists.
    encode = globals().get(fname + "_encode", encode)

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self._enc = name

        def encode(self, input, final=False):
            out = _encode_text(input, self._enc, self.errors)
            if bom_order and out:
                self._enc = _after_bom(name, out)
            return out

        def reset(self):
            self._enc = name

        def getstate(self):
            return 2 if bom_order and self._enc == name else 0

        def setstate(self, state):
            self._enc = name if state else _after_bom(name, BOM_UTF16)

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._dec = name

        def _buffer_decode(self, input, errors, final):
            if bom_order and self._dec == name:
                need = 4 if name == "utf-32" else 3 if name == "utf-8-sig" else 2
                if len(input) < need and not final:
                    if name == "utf-8-sig" and not BOM_UTF8.startswith(input):
                        self._dec = "utf-8"
                    elif name != "utf-8-sig" or input:
                        return ("", 0)
                    else:
                        return ("", 0)
            dec = self._dec
            text, used = _decode_partial(input, dec, errors, final)
            if bom_order and self._dec == name and used:
                if name == "utf-8-sig":
                    self._dec = "utf-8"
                else:
                    self._dec = _after_bom(name, input)
            return (text, used)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._dec = name

    class Writer(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self._inc = IncEncoder(errors)

        def encode(self, input, errors="strict"):
            return (self._inc.encode(input), len(input))

        def reset(self):
            self._inc.reset()

    class Reader(StreamReader):
        def __init__(self, stream, errors="strict"):
            StreamReader.__init__(self, stream, errors)
            self._dec = IncDecoder(errors)

        def decode(self, input, errors="strict"):
            self._dec.buffer = b""
            text = self._dec.decode(input, False)
            used = len(input) - len(self._dec.buffer)
            self._dec.buffer = b""
            return (text, used)

        def reset(self):
            StreamReader.reset(self)
            self._dec.reset()

    module = "encodings." + fname
    for cls, cname in ((IncEncoder, "IncrementalEncoder"), (IncDecoder, "IncrementalDecoder"),
                       (Writer, "StreamWriter"), (Reader, "StreamReader")):
        cls.__name__ = cls.__qualname__ = cname
        cls.__module__ = module
    return CodecInfo(encode, decode, Reader, Writer, IncEncoder, IncDecoder, name)


_CACHE = {}


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    norm = _normalize(encoding)
    name = _CANON.get(norm)
    if name is None:
        if norm in _BYTES_CODECS:
            raise NotImplementedError(f"corun does not support the '{encoding}' codec")
        "".encode(encoding)  # raises LookupError or NotImplementedError, as str.encode does
        raise LookupError(f"unknown encoding: {encoding}")
    info = _CACHE.get(name)
    if info is None:
        info = _CACHE[name] = _make_codec(name)
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except TypeError as e:
        raise TypeError(f"encoding with '{encoding}' codec failed (TypeError: {e})") from None


def decode(obj, encoding="utf-8", errors="strict"):
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except TypeError as e:
        raise TypeError(f"decoding with '{encoding}' codec failed (TypeError: {e})") from None


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m
