"""Arrays of numbers of one C type (`array`). Written in Python: the items are kept as a list
of Python numbers checked against the type's range on the way in, and `struct` makes their
bytes. An array is not a buffer here: `memoryview(a)` and functions that read a buffer
directly do not take it (bytes(a) and bytearray(a) do, through __bytes__ and
__buffer__)."""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_LONG_MIN, _LONG_MAX = -(1 << 63), (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1

# typecode: (lowest, highest, what CPython calls the C type in its range messages)
_INT_RANGES = {
    "b": (-128, 127, "signed char"),
    "B": (0, 255, "unsigned byte integer"),
    "h": (-(1 << 15), (1 << 15) - 1, "signed short integer"),
    "H": (0, (1 << 16) - 1, "unsigned short"),
    "i": (-(1 << 31), (1 << 31) - 1, "signed integer"),
    "I": (0, (1 << 32) - 1, "unsigned int"),
    "l": (_LONG_MIN, _LONG_MAX, "signed long"),
    "L": (0, _ULONG_MAX, "unsigned long"),
    "q": (_LONG_MIN, _LONG_MAX, "signed long long"),
    "Q": (0, _ULONG_MAX, "unsigned long long"),
}


_WIDER = {"b": "h", "H": "i"}


def _check_int(tc, v):
    if isinstance(v, float) or not hasattr(type(v), "__index__"):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    v = v.__index__()
    lo, hi, name = _INT_RANGES[tc]
    if lo <= v <= hi:
        return v
    if tc in "qQ":
        if tc == "Q" and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        raise OverflowError("int too big to convert")
    if tc in "IL":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
    elif not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    elif tc in _WIDER and not _INT_RANGES[_WIDER[tc]][0] <= v <= _INT_RANGES[_WIDER[tc]][1]:
        # CPython reads 'b' as a short and 'H' as an int first, and reports that range.
        lo, hi, name = _INT_RANGES[_WIDER[tc]]
    raise OverflowError(f"{name} is {'less than minimum' if v < lo else 'greater than maximum'}")


def _check(tc, v):
    """v as an item of an array of typecode tc, or the error CPython raises."""
    if tc in "fd":
        if isinstance(v, float):
            f = v
        else:
            try:
                f = float(v) if hasattr(type(v), "__float__") or hasattr(type(v), "__index__") \
                    else None
            except TypeError:
                f = None
            if f is None or isinstance(v, (str, bytes)):
                raise TypeError(f"must be real number, not {type(v).__name__}")
        if tc == "f":
            # Rounded to single precision; too large a value becomes an infinity.
            if f != f or f in (float("inf"), float("-inf")):
                return f
            try:
                return _struct.unpack("f", _struct.pack("f", f))[0]
            except OverflowError:
                return float("inf") if f > 0 else float("-inf")
        return f
    if tc == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    return _check_int(tc, v)


class array:
    """array(typecode[, initializer]): an array of numbers of one C type."""

    __slots__ = ("_tc", "_items")
    __module__ = "array"

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not "
                            f"{type(typecode).__name__}")
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode "
                                f"'{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == "u" and typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with "
                                f"typecode '{typecode}'")
            self.extend(list(initializer))
        else:
            self.extend(initializer)

    # ---- attributes

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return 4 if self._tc == "u" else _struct.calcsize(self._tc)

    def buffer_info(self):
        return (id(self), len(self._items))

    # ---- adding and removing items

    def append(self, v, /):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        tc = self._tc
        self._items.extend([_check(tc, v) for v in iterable])

    def insert(self, i, v, /):
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None, /):
        items = self._items
        stop = len(items) if stop is None else stop
        try:
            return items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    # ---- conversions

    def tolist(self):
        return list(self._items)

    def fromlist(self, items, /):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        tc = self._tc
        self._items.extend([_check(tc, v) for v in items])

    def tobytes(self):
        if self._tc == "u":
            return "".join(self._items).encode("utf-32-le")
        return _struct.pack(f"{len(self._items)}{self._tc}", *self._items)

    def __bytes__(self):
        return self.tobytes()

    def __buffer__(self):
        # bytearray(a) and bytearray.extend(a) read these bytes, as of a buffer.
        return self.tobytes()

    def frombytes(self, data, /):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._tc == "u":
            self._items.extend(data.decode("utf-32-le"))
        else:
            self._items.extend(_struct.unpack(f"{len(data) // size}{self._tc}", data))

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s, /):
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(s).__name__}")
        self._items.extend(s)

    def tofile(self, f, /):
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        size = self.itemsize
        data = f.read(n * size)
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) < n * size:
            raise EOFError("read() didn't return enough bytes")

    def byteswap(self):
        if self._tc == "u":
            raise NotImplementedError("array.byteswap of a 'u' array")
        size = self.itemsize
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = list(_struct.unpack(f"{len(self._items)}{self._tc}", swapped))

    # ---- the sequence protocol

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = v._items
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            if type(other).__module__ == "builtins":
                raise TypeError(f'can only append array (not "{type(other).__name__}") to '
                                "array")
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), "__index__"):
            if type(n).__module__ == "builtins":
                raise TypeError("can't multiply sequence by non-int of type "
                                f"'{type(n).__name__}'")
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), "__index__"):
            return NotImplemented
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return f"array('{self._tc}')"
        if self._tc == "u":
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._tc}', {self._items!r})"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._items)))


ArrayType = array
