"""UUID objects (RFC 4122) and the functions making versions 1, 3, 4 and 5."""

import os
from enum import Enum

__all__ = ["UUID", "SafeUUID", "getnode", "uuid1", "uuid3", "uuid4", "uuid5", "NAMESPACE_DNS",
           "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500", "RESERVED_NCS", "RFC_4122",
           "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_int = int
_bytes = bytes

# Bit ranges of the 128-bit value: the variant's two top bits and the version's four.
_VARIANT_MASK = 0xC000 << 48
_VERSION_MASK = 0xF000 << 64


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _check_range(value, bits, field, need):
    if not 0 <= value < 1 << bits:
        raise ValueError(f"field {field} out of range (need {need})")


class UUID:
    """A UUID: made from one of hex, bytes, bytes_le, fields (six ints) or int."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [x for x in (hex, bytes, bytes_le, fields, int) if x is not None]
        if len(given) != 1:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments "
                            "must be given")
        value = int
        if hex is not None:
            digits = hex.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
            if len(digits) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            value = _int(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            # The first three fields are little-endian; the rest is as in `bytes`.
            bytes = (bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            assert isinstance(bytes, _bytes), repr(bytes)
            value = _int.from_bytes(bytes, "big")
        if fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            t_low, t_mid, t_hi, seq_hi, seq_low, node = fields
            _check_range(t_low, 32, 1, "a 32-bit value")
            _check_range(t_mid, 16, 2, "a 16-bit value")
            _check_range(t_hi, 16, 3, "a 16-bit value")
            _check_range(seq_hi, 8, 4, "an 8-bit value")
            _check_range(seq_low, 8, 5, "an 8-bit value")
            _check_range(node, 48, 6, "a 48-bit value")
            value = (t_low << 96 | t_mid << 80 | t_hi << 64 | seq_hi << 56 | seq_low << 48
                     | node)
        if not 0 <= value < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            value = (value & ~_VARIANT_MASK) | (0x8000 << 48)
            value = (value & ~_VERSION_MASK) | (version << 76)
        object.__setattr__(self, "int", value)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        safe = SafeUUID(state["is_safe"]) if "is_safe" in state else SafeUUID.unknown
        object.__setattr__(self, "is_safe", safe)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        h = "%032x" % self.int
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return self.int >> 80 & 0xFFFF

    @property
    def time_hi_version(self):
        return self.int >> 64 & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return self.int >> 56 & 0xFF

    @property
    def clock_seq_low(self):
        return self.int >> 48 & 0xFF

    @property
    def time(self):
        return (self.time_hi_version & 0x0FFF) << 48 | self.time_mid << 32 | self.time_low

    @property
    def clock_seq(self):
        return (self.clock_seq_hi_variant & 0x3F) << 8 | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        top = self.int >> 61
        if not top & 4:
            return RESERVED_NCS
        if not top & 2:
            return RFC_4122
        if not top & 1:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return _int(self.int >> 76 & 0xF)
        return None


_node = None


def _system_node():
    """The MAC address of a network interface: the first universally administered one, else
    the first locally administered one (as CPython's lookup through `ip link` finds)."""
    base = "/sys/class/net"
    try:
        names = sorted(os.listdir(base))
    except OSError:
        return None
    local = None
    for name in names:
        try:
            with open(f"{base}/{name}/address") as f:
                text = f.read().strip()
            mac = _int(text.replace(":", ""), 16)
        except (OSError, ValueError):
            continue
        if not mac or mac & (1 << 40):
            continue  # the loopback's zeros, or a multicast address
        if not mac & (1 << 41):
            return mac
        if local is None:
            local = mac
    return local


def getnode():
    """The hardware address as a 48-bit int, or a random number with the multicast bit set
    (RFC 4122, section 4.5) when none can be found."""
    global _node
    if _node is None:
        node = _system_node()
        if node is None:
            node = _int.from_bytes(os.urandom(6), "big") | 1 << 40
        _node = node
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the host's address, a clock sequence and the current time."""
    global _last_timestamp
    import time
    # 100-ns intervals since the UUID epoch, 1582-10-15.
    timestamp = time.time_ns() // 100 + 0x01B21DD213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _int.from_bytes(os.urandom(2), "big") & 0x3FFF
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xFFFFFFFF, timestamp >> 32 & 0xFFFF,
                        timestamp >> 48 & 0x0FFF, clock_seq >> 8 & 0x3F, clock_seq & 0xFF,
                        node), version=1)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    digest = md5(namespace.bytes + _bytes(name, "utf-8"), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
