"""Base16, Base32, Base64, Base85 and Ascii85 encodings (RFC 4648). The Base64 and hex work is
done by `binascii` natively; the rarer alphabets are written here."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "b85encode", "b85decode", "a85encode", "a85decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = MAXLINESIZE // 4 * 3


def _decode_input(s):
    """The bytes of a decoder's argument: bytes-like, or a str of ASCII characters."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        pass
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % type(s).__name__)


def _encode_input(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    return memoryview(s).tobytes()


def _check_alt(alt, size):
    assert len(alt) == size, repr(alt)


def b64encode(s, altchars=None):
    """Base64 of the bytes-like `s`; `altchars` (two bytes) replaces '+' and '/'."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return out
    _check_alt(altchars, 2)
    return out.translate(bytes.maketrans(b"+/", altchars))


def b64decode(s, altchars=None, validate=False):
    """Decodes Base64; with `validate`, anything outside the alphabet is an error instead of
    being skipped."""
    data = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        _check_alt(altchars, 2)
        data = data.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_TO_URLSAFE = bytes.maketrans(b"+/", b"-_")
_FROM_URLSAFE = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' in place of '+' and '/'."""
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    return b64decode(_decode_input(s).translate(_FROM_URLSAFE))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# How many '=' end the last group of eight for each count of bytes left over.
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
_b32_reverse = {}


def _b32_encode(alphabet, s):
    data = _encode_input(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        n = int.from_bytes(group.ljust(5, b"\0"), "big")
        chars = bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
        pads = _B32_PADS[len(group) % 5]
        if pads:
            chars = chars[:8 - pads] + b"=" * pads
        out += chars
    return bytes(out)


def _b32_decode(alphabet, s, casefold=False, map01=None):
    reverse = _b32_reverse.get(alphabet)
    if reverse is None:
        reverse = _b32_reverse[alphabet] = {c: i for i, c in enumerate(alphabet)}
    data = _decode_input(s)
    if len(data) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_input(map01)
        _check_alt(map01, 1)
        data = data.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        data = data.upper()
    body = data.rstrip(b"=")
    pads = len(data) - len(body)
    out = bytearray()
    n = 0
    for start in range(0, len(body), 8):
        n = 0
        for c in body[start:start + 8]:
            v = reverse.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            n = n << 5 | v
        out += n.to_bytes(5, "big")
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if pads and out:
        # The last group was short: shift its bits into place and keep the whole bytes.
        n <<= 5 * pads
        keep = (40 - 5 * pads) // 8
        out[-5:] = n.to_bytes(5, "big")[:keep]
    return bytes(out)


def b32encode(s):
    """Base32 of the bytes-like `s`."""
    return _b32_encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decodes Base32; `casefold` accepts lowercase, `map01` reads 0 as O and 1 as the given
    letter."""
    return _b32_decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hex alphabet (RFC 4648, section 7)."""
    return _b32_encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32_decode(_B32HEX, s, casefold)


def b16encode(s):
    """Base16: uppercase hex."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    data = _decode_input(s)
    if casefold:
        data = data.upper()
    for c in data:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(data)


def _words85(data, pad):
    """The big-endian 32-bit words of `data` padded with zeros, and how many bytes of padding."""
    padding = -len(data) % 4
    data = data + b"\0" * padding
    words = [int.from_bytes(data[i:i + 4], "big") for i in range(0, len(data), 4)]
    return words, (0 if pad else padding)


def _digits85(word, alphabet):
    digits = bytearray(5)
    for i in range(4, -1, -1):
        word, digits[i] = divmod(word, 85)
    for i in range(5):
        digits[i] = alphabet[digits[i]]
    return bytes(digits)


_A85 = bytes(range(33, 118))
_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of the bytes-like `b`: 'z' for four zero bytes, 'y' for four spaces with
    `foldspaces`, lines of `wrapcol` characters, `<~ ~>` framing with `adobe`."""
    words, cut = _words85(_encode_input(b), pad)
    parts = []
    last = len(words) - 1
    for i, w in enumerate(words):
        if w == 0 and not (cut and i == last):
            parts.append(b"z")
        elif foldspaces and w == 0x20202020 and not (cut and i == last):
            parts.append(b"y")
        else:
            parts.append(_digits85(w, _A85))
    if cut:
        parts[-1] = parts[-1][:-cut]
    out = b"".join(parts)
    if adobe:
        out = b"<~" + out
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        lines = [out[i:i + width] for i in range(0, len(out), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b"")
        out = b"\n".join(lines)
    if adobe:
        out += b"~>"
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """Decodes Ascii85; whitespace (`ignorechars`) is skipped."""
    data = _decode_input(b)
    if adobe:
        if not data.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        data = data[2:-2] if data.startswith(b"<~") else data[:-2]
    out = bytearray()
    group = []
    for c in data + b"uuuu":
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                n = 0
                for d in group:
                    n = n * 85 + d
                if n > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out += n.to_bytes(4, "big")
                group = []
        elif c == 122:
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and c == 121:
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    # The four 'u's appended complete the last group; drop the bytes they made.
    extra = 4 - len(group)
    return bytes(out[:-extra] if extra else out)


_b85_reverse = None


def b85encode(b, pad=False):
    """Base85 (the alphabet of git and Mercurial binary diffs) of the bytes-like `b`."""
    words, cut = _words85(_encode_input(b), pad)
    out = b"".join(_digits85(w, _B85) for w in words)
    return out[:-cut] if cut else out


def b85decode(b):
    global _b85_reverse
    if _b85_reverse is None:
        _b85_reverse = {c: i for i, c in enumerate(_B85)}
    data = _decode_input(b)
    padding = -len(data) % 5
    data = data + b"~" * padding
    out = bytearray()
    for start in range(0, len(data), 5):
        n = 0
        for j, c in enumerate(data[start:start + 5]):
            v = _b85_reverse.get(c)
            if v is None:
                raise ValueError("bad base85 character at position %d" % (start + j))
            n = n * 85 + v
        if n > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % start)
        out += n.to_bytes(4, "big")
    return bytes(out[:-padding] if padding else out)


def _check_lines_input(s):
    try:
        m = memoryview(s)
    except TypeError:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from None
    return m


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    _check_lines_input(s)
    data = _encode_input(s)
    return b"".join(binascii.b2a_base64(data[i:i + MAXBINSIZE])
                    for i in range(0, len(data), MAXBINSIZE))


def decodebytes(s):
    """Decodes what `encodebytes` wrote (or any Base64)."""
    _check_lines_input(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encodes the binary file `input` into the binary file `output`, in lines."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decodes the Base64 lines of the binary file `input` into `output`."""
    for line in iter(input.readline, b""):
        output.write(binascii.a2b_base64(line))
