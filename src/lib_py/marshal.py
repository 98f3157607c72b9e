"""Python values as bytes in CPython's marshal format (versions 0 to 4), and back.

CPython marks an object that may be shared (FLAG_REF) when it has more than one reference as
it is written; corun does not count references, so it marks the value given, every immutable
object, and a list, dict, set or bytearray only when the value holds it more than once. A
temporary given at the top (`dumps([1, 2])`) or a computed tuple inside a list may then differ
from CPython's bytes in that one bit. Strings that look like identifiers are written as
interned. Code objects are not supported."""

import struct as _struct

version = 4

_FLAG_REF = 0x80
_MAX_DEPTH = 2000
_STOP = StopIteration


def _identifier_like(s):
    for ch in s:
        if not (ch == "_" or "a" <= ch <= "z" or "A" <= ch <= "Z" or "0" <= ch <= "9"):
            return False
    return True


class _Writer:

    def __init__(self, ver):
        self.version = ver
        self.out = bytearray()
        self.refs = {}
        self.keep = []
        self.depth = 0
        self.shared = set()

    def find_shared(self, top):
        """The mutable containers `top` holds more than once (CPython would see more than one
        reference to them), and `top` itself."""
        seen = set()
        stack = [top]
        while stack:
            obj = stack.pop()
            t = type(obj)
            if t in (list, dict, set, bytearray):
                if id(obj) in seen:
                    self.shared.add(id(obj))
                    continue
                seen.add(id(obj))
            if t is dict:
                for key, value in obj.items():
                    stack.append(key)
                    stack.append(value)
            elif t in (list, tuple, set, frozenset):
                stack.extend(obj)
        self.shared.add(id(top))
        self.keep.append(top)

    def byte(self, b):
        self.out.append(b)

    def long(self, n):
        self.out += _struct.pack("<i", n)

    def size(self, n):
        if n > 0x7FFFFFFF:
            raise ValueError("unmarshallable object")
        self.long(n)

    def pstring(self, data):
        self.size(len(data))
        self.out += data

    def ref(self, obj, code):
        """Writes a back-reference if `obj` was written before; otherwise its type code,
        marked as shared when refs are on."""
        key = id(obj)
        if self.version < 3 or (type(obj) in (list, dict, set, bytearray)
                                and key not in self.shared):
            self.byte(ord(code))
            return False
        if key in self.refs:
            self.byte(ord("r"))
            self.long(self.refs[key])
            return True
        self.refs[key] = len(self.refs)
        self.keep.append(obj)
        self.byte(ord(code) | _FLAG_REF)
        return False

    def write(self, obj):
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            self.depth = 0
            raise ValueError("object too deeply nested to marshal")
        try:
            self.write_object(obj)
        finally:
            self.depth -= 1

    def write_object(self, obj):
        t = type(obj)
        if obj is None:
            self.byte(ord("N"))
        elif obj is False:
            self.byte(ord("F"))
        elif obj is True:
            self.byte(ord("T"))
        elif obj is _STOP:
            self.byte(ord("S"))
        elif obj is Ellipsis:
            self.byte(ord("."))
        elif t is int:
            if -0x80000000 <= obj <= 0x7FFFFFFF:
                if not self.ref(obj, "i"):
                    self.long(obj)
            elif not self.ref(obj, "l"):
                digits = []
                n = abs(obj)
                while n:
                    digits.append(n & 0x7FFF)
                    n >>= 15
                self.long(len(digits) if obj > 0 else -len(digits))
                for d in digits:
                    self.out += _struct.pack("<H", d)
        elif t is float:
            if self.version > 1:
                if not self.ref(obj, "g"):
                    self.out += _struct.pack("<d", obj)
            elif not self.ref(obj, "f"):
                text = ("%.17g" % obj).encode()
                self.byte(len(text))
                self.out += text
        elif t is complex:
            if self.version > 1:
                if not self.ref(obj, "y"):
                    self.out += _struct.pack("<dd", obj.real, obj.imag)
            elif not self.ref(obj, "x"):
                for part in (obj.real, obj.imag):
                    text = ("%.17g" % part).encode()
                    self.byte(len(text))
                    self.out += text
        elif t is str:
            self.write_str(obj)
        elif t is tuple:
            if self.version >= 4 and len(obj) < 256:
                if self.ref(obj, ")"):
                    return
                self.byte(len(obj))
            else:
                if self.ref(obj, "("):
                    return
                self.size(len(obj))
            for item in obj:
                self.write(item)
        elif t is list:
            if not self.ref(obj, "["):
                self.size(len(obj))
                for item in obj:
                    self.write(item)
        elif t is dict:
            if not self.ref(obj, "{"):
                for key, value in obj.items():
                    self.write(key)
                    self.write(value)
                self.byte(ord("0"))
        elif t is set or t is frozenset:
            if not self.ref(obj, "<" if t is set else ">"):
                self.size(len(obj))
                for item in obj:
                    self.write(item)
        elif t is bytes or t is bytearray or t is memoryview:
            if not self.ref(obj, "s"):
                self.pstring(bytes(obj))
        elif type(obj).__name__ == "code":
            raise NotImplementedError("marshal of code objects")
        else:
            raise ValueError("unmarshallable object")

    def write_str(self, s):
        interned = _identifier_like(s)
        if self.version >= 4 and s.isascii():
            data = s.encode("ascii")
            if len(data) < 256:
                if not self.ref(s, "Z" if interned else "z"):
                    self.byte(len(data))
                    self.out += data
            elif not self.ref(s, "A" if interned else "a"):
                self.pstring(data)
            return
        code = "t" if interned and self.version >= 3 else "u"
        if not self.ref(s, code):
            self.pstring(s.encode("utf8", "surrogatepass"))


def dumps(value, version=version, /):
    """The bytes `dump(value, file)` would write."""
    if not isinstance(version, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(version).__name__)
    w = _Writer(version)
    w.find_shared(value)
    try:
        w.write(value)
    except RecursionError:
        raise ValueError("object too deeply nested to marshal") from None
    return bytes(w.out)


def dump(value, file, version=version, /):
    """Write `value` to the open binary file `file`."""
    file.write(dumps(value, version))


class _Reader:

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []
        self.depth = 0

    def take(self, n):
        if n < 0 or self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def long(self):
        return _struct.unpack("<i", self.take(4))[0]

    def size(self):
        n = self.long()
        if n < 0:
            raise ValueError("bad marshal data (bytes object size out of range)")
        return n

    def read(self):
        if self.pos >= len(self.data):
            raise EOFError("EOF read where object expected")
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("recursion limit exceeded")
        try:
            return self.read_object()
        finally:
            self.depth -= 1

    def reserve(self, flag):
        if not flag:
            return None
        self.refs.append(None)
        return len(self.refs) - 1

    def keep(self, slot, obj):
        if slot is not None:
            self.refs[slot] = obj
        return obj

    def read_object(self):
        code = self.data[self.pos]
        self.pos += 1
        flag = code & _FLAG_REF
        c = chr(code & ~_FLAG_REF)
        if c == "0":
            return None
        if c == "N":
            return None
        if c == "F":
            return False
        if c == "T":
            return True
        if c == "S":
            return StopIteration
        if c == ".":
            return Ellipsis
        if c == "i":
            return self.keep(self.reserve(flag), self.long())
        if c == "l":
            n = self.long()
            value = 0
            for k in range(abs(n)):
                d = _struct.unpack("<H", self.take(2))[0]
                if d > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
                value |= d << (15 * k)
            return self.keep(self.reserve(flag), -value if n < 0 else value)
        if c == "g":
            return self.keep(self.reserve(flag), _struct.unpack("<d", self.take(8))[0])
        if c == "f":
            n = self.take(1)[0]
            return self.keep(self.reserve(flag), float(self.take(n).decode()))
        if c == "y":
            re_, im = _struct.unpack("<dd", self.take(16))
            return self.keep(self.reserve(flag), complex(re_, im))
        if c == "x":
            re_ = float(self.take(self.take(1)[0]).decode())
            im = float(self.take(self.take(1)[0]).decode())
            return self.keep(self.reserve(flag), complex(re_, im))
        if c == "s":
            return self.keep(self.reserve(flag), bytes(self.take(self.size())))
        if c in "ut":
            data = self.take(self.size())
            return self.keep(self.reserve(flag), bytes(data).decode("utf8", "surrogatepass"))
        if c in "aA":
            return self.keep(self.reserve(flag), bytes(self.take(self.size())).decode("latin-1"))
        if c in "zZ":
            n = self.take(1)[0]
            return self.keep(self.reserve(flag), bytes(self.take(n)).decode("latin-1"))
        if c in ")(":
            n = self.take(1)[0] if c == ")" else self.size()
            slot = self.reserve(flag)
            return self.keep(slot, tuple([self.read_item() for _ in range(n)]))
        if c == "[":
            n = self.size()
            result = self.keep(self.reserve(flag), [])
            for _ in range(n):
                result.append(self.read_item())
            return result
        if c == "{":
            result = self.keep(self.reserve(flag), {})
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == ord("0"):
                    self.pos += 1
                    return result
                key = self.read_item()
                result[key] = self.read_item()
        if c in "<>":
            n = self.size()
            if c == "<":
                result = self.keep(self.reserve(flag), set())
                for _ in range(n):
                    result.add(self.read_item())
                return result
            slot = self.reserve(flag)
            return self.keep(slot, frozenset([self.read_item() for _ in range(n)]))
        if c == "r":
            n = self.long()
            if n < 0 or n >= len(self.refs):
                raise ValueError("bad marshal data (invalid reference)")
            found = self.refs[n]
            if found is None:
                raise ValueError("bad marshal data (invalid reference)")
            return found
        if c == "c":
            raise NotImplementedError("marshal of code objects")
        raise ValueError("bad marshal data (unknown type code)")

    def read_item(self):
        if self.pos < len(self.data) and self.data[self.pos] == ord("0"):
            raise TypeError("NULL object in marshal data for object")
        return self.read()


def loads(data, /):
    """The value the bytes-like `data` begins with."""
    return _read_one(_Reader(memoryview(data).tobytes()))


def _read_one(reader):
    try:
        return reader.read()
    except RecursionError:
        raise ValueError("recursion limit exceeded") from None


def load(file, /):
    """Read one value from the open binary file `file`."""
    data = file.read()
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("file.read() returned not bytes but %s" % type(data).__name__)
    reader = _Reader(bytes(data))
    value = _read_one(reader)
    rest = len(data) - reader.pos
    if rest and hasattr(file, "seek"):
        file.seek(-rest, 1)
    return value
