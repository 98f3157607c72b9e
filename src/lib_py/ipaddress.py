"""IPv4 and IPv6 addresses, networks and interfaces, with CPython 3.11's ipaddress results and
messages. Every address is kept as one integer; networks are (address, prefix length)."""

__version__ = "1.0"

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A Value Error related to the address."""


class NetmaskValueError(ValueError):
    """A Value Error related to the netmask."""


def _guess(kind, address, *args):
    for cls in _KINDS[kind]:
        try:
            return cls(address, *args)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 {kind}")


def ip_address(address):
    """Take an IP string/int and return an object of the correct type."""
    return _guess("address", address)


def ip_network(address, strict=True):
    """Take an IP string/int and return an object of the correct type."""
    return _guess("network", address, strict)


def ip_interface(address):
    """Take an IP string/int and return an object of the correct type."""
    return _guess("interface", address)


def v4_int_to_packed(address):
    """Represent an address as 4 packed bytes in network (big-endian) order."""
    try:
        return address.to_bytes(4, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """Represent an address as 16 packed bytes in network (big-endian) order."""
    try:
        return address.to_bytes(16, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _walk(make, start, stop, step):
    # range() of IPv6-sized integers, which may not fit 64 bits.
    while start < stop:
        yield make(start)
        start += step


def _trailing_zeros(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def summarize_address_range(first, last):
    """Summarize a network range given the first and last IP addresses."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError("first and last must be IP addresses, not networks")
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError("last IP address must be greater than first")
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first._max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        # The largest aligned block starting at lo that does not pass hi.
        size = min(_trailing_zeros(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - size))
        lo += 1 << size
        if lo - 1 == net_cls._ALL_ONES:
            break


def _merge_networks(networks):
    # Pairs of sibling networks merge into their supernet until none are left to merge.
    pending = list(networks)
    by_parent = {}
    while pending:
        net = pending.pop()
        parent = net.supernet()
        other = by_parent.get(parent)
        if other is None:
            by_parent[parent] = net
        elif other != net:
            del by_parent[parent]
            pending.append(parent)
    last = None
    for net in sorted(by_parent.values()):
        if last is not None and last.broadcast_address >= net.broadcast_address:
            continue
        yield net
        last = net


def collapse_addresses(addresses):
    """Collapse a list of IP objects."""
    singles = []
    nets = []
    for item in addresses:
        if isinstance(item, _BaseAddress) or item._prefixlen == item._max_prefixlen:
            if singles and singles[-1]._version != item._version:
                raise TypeError("%s and %s are not of the same version" % (item, singles[-1]))
            if isinstance(item, _BaseAddress):
                singles.append(item)
            elif isinstance(item, _BaseNetwork):
                singles.append(item.network_address)
            else:
                singles.append(item.ip)
        else:
            if nets and nets[-1]._version != item._version:
                raise TypeError("%s and %s are not of the same version" % (item, nets[-1]))
            nets.append(item)
    blocks = []
    singles = sorted(set(singles))
    if singles:
        start = end = singles[0]
        for ip in singles[1:]:
            if ip._ip != end._ip + 1:
                blocks.extend(summarize_address_range(start, end))
                start = ip
            end = ip
        blocks.extend(summarize_address_range(start, end))
    return _merge_networks(blocks + nets)


def get_mixed_type_key(obj):
    """Return a key suitable for sorting between networks and addresses."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


def _ordering(cls):
    # Derives <=, > and >= from __lt__ and __eq__ (as functools.total_ordering does).
    def le(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other

    def gt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other

    def ge(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r

    cls.__le__, cls.__gt__, cls.__ge__ = le, gt, ge
    return cls


class _IPAddressBase:
    """The mother class."""

    __slots__ = ()

    @property
    def exploded(self):
        """Return the longhand version of the IP address as a string."""
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        """Return the shorthand version of the IP address as a string."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the reverse DNS pointer for the IP address."""
        return self._reverse_pointer()

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zeros(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError("Netmask pattern %r mixes zeroes & ones"
                             % ip_int.to_bytes(cls._max_prefixlen // 8, "big"))
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError("%r is not a valid netmask" % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._report_invalid_netmask(text)
        prefixlen = int(text)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(text)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, text):
        # A dotted mask is a netmask (ones first) or else a hostmask (zeros first).
        try:
            ip_int = cls._ip_int_from_string(text)
        except AddressValueError:
            cls._report_invalid_netmask(text)
        for candidate in (ip_int, ip_int ^ cls._ALL_ONES):
            try:
                return cls._prefix_from_ip_int(candidate)
            except ValueError:
                pass
        cls._report_invalid_netmask(text)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            given = address
            address = str(address).split("/")
            if len(address) > 2:
                raise AddressValueError(f"Only one '/' permitted in {given!r}")
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@_ordering
class _BaseAddress(_IPAddressBase):
    """A generic IP object."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == "s":
            return format(str(self), fmt)
        alt = fmt.startswith("#")
        rest = fmt[1:] if alt else fmt
        group = rest.startswith("_")
        if group:
            rest = rest[1:]
        if rest not in ("x", "X", "b", "n"):
            raise TypeError(
                f"unsupported format string passed to {type(self).__name__}.__format__")
        if rest == "n":
            rest = "b" if self._version == 4 else "x"
        width = self._max_prefixlen if rest == "b" else self._max_prefixlen // 4
        if group:
            width += width // 4 - 1
        if alt:
            width += 2
        return format(int(self), "%s0%d%s%s" % ("#" if alt else "", width,
                                                "_" if group else "", rest))


@_ordering
class _BaseNetwork(_IPAddressBase):
    """A generic IP network object."""

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __str__(self):
        return "%s/%d" % (self.network_address, self.prefixlen)

    def hosts(self):
        """Generate Iterator over usable hosts in a network."""
        if self._prefixlen == self._max_prefixlen - 1:
            return iter(self)
        if self._prefixlen == self._max_prefixlen:
            return [self._address_class(self._given_addr)]
        return self._hosts()

    def _hosts(self):
        return _walk(self._address_class, int(self.network_address) + 1,
                     int(self.broadcast_address), 1)

    def __iter__(self):
        return _walk(self._address_class, int(self.network_address),
                     int(self.broadcast_address) + 1, 1)

    def __getitem__(self, n):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        if n >= 0:
            if first + n > last:
                raise IndexError("address out of range")
            return self._address_class(first + n)
        if last + n + 1 < first:
            raise IndexError("address out of range")
        return self._address_class(last + n + 1)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version or isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Tell if self is partly contained in other."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @property
    def broadcast_address(self):
        value = self.__dict__.get("broadcast_address")
        if value is None:
            value = self._address_class(int(self.network_address) | int(self.hostmask))
            self.__dict__["broadcast_address"] = value
        return value

    @property
    def hostmask(self):
        value = self.__dict__.get("hostmask")
        if value is None:
            value = self._address_class(int(self.netmask) ^ self._ALL_ONES)
            self.__dict__["hostmask"] = value
        return value

    @property
    def with_prefixlen(self):
        return "%s/%d" % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        """Number of hosts in the current subnet."""
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """Remove an address from a larger block."""
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError("%s not contained in %s" % (other, self))
        if other == self:
            return
        other = other.__class__("%s/%s" % (other.network_address, other.prefixlen))
        left, right = self.subnets()
        while left != other and right != other:
            if other.subnet_of(left):
                yield right
                left, right = left.subnets()
            else:
                yield left
                left, right = right.subnets()
        yield right if left == other else left

    def compare_networks(self, other):
        """Compare two IP objects by network address, then netmask: -1, 0 or 1."""
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same type" % (self, other))
        if self.network_address != other.network_address:
            return -1 if self.network_address < other.network_address else 1
        if self.netmask != other.netmask:
            return -1 if self.netmask < other.netmask else 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets which join to make the current subnet."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        new_len = self._prefixlen + prefixlen_diff
        if new_len > self._max_prefixlen:
            raise ValueError("prefix length diff %d is invalid for netblock %s"
                             % (new_len, self))
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for start in _walk(int, int(self.network_address), int(self.broadcast_address) + 1,
                           step):
            yield self.__class__((start, new_len))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The supernet containing the current network."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._prefixlen - new_prefix
        new_len = self.prefixlen - prefixlen_diff
        if new_len < 0:
            raise ValueError("current prefixlen is %d, cannot have a prefixlen_diff of %d"
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address)
                               & (int(self.netmask) << prefixlen_diff), new_len))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address
                    and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        """Return True if this network is a subnet of other."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Return True if this network is a supernet of other."""
        return self._is_subnet_of(other, self)

    def _both_ends(self, name):
        return (getattr(self.network_address, name)
                and getattr(self.broadcast_address, name))

    is_multicast = property(lambda self: self._both_ends("is_multicast"))
    is_reserved = property(lambda self: self._both_ends("is_reserved"))
    is_link_local = property(lambda self: self._both_ends("is_link_local"))
    is_unspecified = property(lambda self: self._both_ends("is_unspecified"))
    is_loopback = property(lambda self: self._both_ends("is_loopback"))

    @property
    def is_private(self):
        return any(self.network_address in net and self.broadcast_address in net
                   for net in self._constants._private_networks)

    @property
    def is_global(self):
        return not self.is_private


class _BaseV4:
    """What IPv4 addresses and networks share."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        cached = cls._netmask_cache.get(arg)
        if cached is None:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                try:
                    prefixlen = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    prefixlen = cls._prefix_from_ip_string(arg)
            cached = IPv4Address(cls._ip_int_from_prefix(prefixlen)), prefixlen
            cls._netmask_cache[arg] = cached
        return cached

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError("Address cannot be empty")
        octets = ip_str.split(".")
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        value = 0
        try:
            for octet in octets:
                value = (value << 8) | cls._parse_octet(octet)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet_str)
        if octet_str != "0" and octet_str[0] == "0":
            raise ValueError("Leading zeros are not permitted in %r" % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return ".".join(map(str, ip_int.to_bytes(4, "big")))

    def _reverse_pointer(self):
        return ".".join(str(self).split(".")[::-1]) + ".in-addr.arpa"

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv4Address(_BaseV4, _BaseAddress):
    """Represent and manipulate single IPv4 Addresses."""

    __slots__ = ("_ip", "__weakref__")

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, "big")
            return
        text = str(address)
        if "/" in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(text)

    @property
    def packed(self):
        """The binary representation of this address."""
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in _V4._reserved

    @property
    def is_private(self):
        return any(self in net for net in _V4._private_networks)

    @property
    def is_global(self):
        return self not in _V4._shared and not self.is_private

    @property
    def is_multicast(self):
        return self in _V4._multicast

    @property
    def is_unspecified(self):
        # An interface is never equal to a bare address, so it is never unspecified.
        return self == _V4_UNSPECIFIED

    @property
    def is_loopback(self):
        return self in _V4._loopback

    @property
    def is_link_local(self):
        return self in _V4._link_local


class _Interface:
    """What IPv4Interface and IPv6Interface add to their address class."""

    def _set_network(self, address, net_cls):
        addr, mask = self._split_addr_prefix(address)
        self._addr_cls.__init__(self, addr)
        self.network = net_cls((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return "%s/%d" % (self._addr_cls.__str__(self), self._prefixlen)

    def __eq__(self, other):
        same = self._addr_cls.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        less = self._addr_cls.__lt__(self, other)
        if less is NotImplemented:
            return less
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def ip(self):
        return self._addr_cls(self._ip)

    @property
    def with_prefixlen(self):
        return "%s/%s" % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv4Interface(_Interface, IPv4Address):
    _addr_cls = IPv4Address

    def __init__(self, address):
        self._set_network(address, IPv4Network)


class IPv4Network(_BaseV4, _BaseNetwork):
    """This class represents and manipulates 32-bit IPv4 network + addresses.."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        _init_network(self, addr, strict)

    @property
    def is_global(self):
        return (not (self.network_address in _V4._shared
                     and self.broadcast_address in _V4._shared)
                and not self.is_private)


def _init_network(net, addr, strict):
    packed = int(net.network_address)
    mask = int(net.netmask)
    if packed & mask != packed:
        if strict:
            raise ValueError("%s has host bits set" % net)
        net.network_address = net._address_class(packed & mask)
    net._given_addr = addr


class _BaseV6:
    """What IPv6 addresses and networks share."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset("0123456789ABCDEFabcdef")
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        cached = cls._netmask_cache.get(arg)
        if cached is None:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_prefix_string(arg)
            cached = IPv6Address(cls._ip_int_from_prefix(prefixlen)), prefixlen
            cls._netmask_cache[arg] = cached
        return cached

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError("Address cannot be empty")
        parts = ip_str.split(":")
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % ip_str)
        if "." in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts.append("%x" % (v4 >> 16))
            parts.append("%x" % (v4 & 0xFFFF))
        count = cls._HEXTET_COUNT
        if len(parts) > count + 1:
            raise AddressValueError("At most %d colons permitted in %r" % (count, ip_str))
        gap = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if gap is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                gap = i
        leading = "Leading ':' only permitted as part of '::' in %r" % ip_str
        trailing = "Trailing ':' only permitted as part of '::' in %r" % ip_str
        if gap is not None:
            head = gap
            tail = len(parts) - gap - 1
            if not parts[0]:
                head -= 1
                if head:
                    raise AddressValueError(leading)
            if not parts[-1]:
                tail -= 1
                if tail:
                    raise AddressValueError(trailing)
            skipped = count - (head + tail)
            if skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (count - 1, ip_str))
        else:
            if len(parts) != count:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (count, ip_str))
            if not parts[0]:
                raise AddressValueError(leading)
            if not parts[-1]:
                raise AddressValueError(trailing)
            head, tail, skipped = len(parts), 0, 0
        value = 0
        try:
            for part in parts[:head]:
                value = (value << 16) | cls._parse_hextet(part)
            value <<= 16 * skipped
            for part in parts[len(parts) - tail:]:
                value = (value << 16) | cls._parse_hextet(part)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not cls._HEX_DIGITS.issuperset(hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r" % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        # The longest run (the first of equal ones) of two or more zero groups becomes '::'.
        best_start, best_len = -1, 0
        start, length = -1, 0
        for i, h in enumerate(hextets):
            if h == "0":
                if start < 0:
                    start = i
                length += 1
                if length > best_len:
                    best_start, best_len = start, length
            else:
                start, length = -1, 0
        if best_len > 1:
            end = best_start + best_len
            hextets = hextets[:best_start] + [""] + hextets[end:]
            if end == 8:
                hextets.append("")
            if best_start == 0:
                hextets.insert(0, "")
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError("IPv6 address is too large")
        groups = ["%x" % ((ip_int >> (112 - 16 * k)) & 0xFFFF) for k in range(8)]
        return ":".join(cls._compress_hextets(groups))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        ip_int = self._ip_int_from_string(text)
        digits = "%032x" % ip_int
        text = ":".join(digits[k:k + 4] for k in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return "%s/%d" % (text, self._prefixlen)
        return text

    def _reverse_pointer(self):
        return ".".join(self.exploded[::-1].replace(":", "")) + ".ip6.arpa"

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition("%")
        if not sep:
            scope_id = None
        elif not scope_id or "%" in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    """Represent and manipulate single IPv6 Addresses."""

    __slots__ = ("_ip", "_scope_id", "__weakref__")

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, "big")
            self._scope_id = None
            return
        text = str(address)
        if "/" in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = self._split_scope_id(text)
        self._ip = self._ip_int_from_string(text)

    def __str__(self):
        text = self._string_from_ip_int(self._ip)
        return text + "%" + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = _BaseAddress.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, "_scope_id", None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        """The binary representation of this address."""
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in _V6._multicast

    @property
    def is_reserved(self):
        return any(self in net for net in _V6._reserved_networks)

    @property
    def is_link_local(self):
        return self in _V6._link_local

    @property
    def is_site_local(self):
        return self in _V6._site_local

    @property
    def is_private(self):
        v4 = self.ipv4_mapped
        if v4 is not None:
            return v4.is_private
        return any(self in net for net in _V6._private_networks)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_Interface, IPv6Address):
    _addr_cls = IPv6Address

    def __init__(self, address):
        self._set_network(address, IPv6Network)

    def __str__(self):
        return "%s/%d" % (IPv6Address.__str__(self), self._prefixlen)

    __hash__ = _Interface.__hash__
    __eq__ = _Interface.__eq__

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """This class represents and manipulates 128-bit IPv6 networks."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        _init_network(self, addr, strict)

    def _hosts(self):
        # IPv6 has no broadcast: only the Subnet-Router anycast address (the first) is left out.
        return _walk(IPv6Address, int(self.network_address) + 1,
                     int(self.broadcast_address) + 1, 1)

    @property
    def is_site_local(self):
        return self._both_ends("is_site_local")


class _V4:
    _link_local = IPv4Network("169.254.0.0/16")
    _loopback = IPv4Network("127.0.0.0/8")
    _multicast = IPv4Network("224.0.0.0/4")
    _shared = IPv4Network("100.64.0.0/10")
    _reserved = IPv4Network("240.0.0.0/4")
    _private_networks = [IPv4Network(n) for n in (
        "0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/29", "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
        "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32")]


class _V6:
    _link_local = IPv6Network("fe80::/10")
    _multicast = IPv6Network("ff00::/8")
    _site_local = IPv6Network("fec0::/10")
    _private_networks = [IPv6Network(n) for n in (
        "::1/128", "::/128", "::ffff:0:0/96", "100::/64", "2001::/23", "2001:2::/48",
        "2001:db8::/32", "2001:10::/28", "fc00::/7", "fe80::/10")]
    _reserved_networks = [IPv6Network(n) for n in (
        "::/8", "100::/8", "200::/7", "400::/6", "800::/5", "1000::/4", "4000::/3",
        "6000::/3", "8000::/3", "A000::/3", "C000::/3", "E000::/4", "F000::/5", "F800::/6",
        "FE00::/9")]


_V4_UNSPECIFIED = IPv4Address(0)
IPv4Network._constants = _V4
IPv6Network._constants = _V6

_KINDS = {
    "address": (IPv4Address, IPv6Address),
    "network": (IPv4Network, IPv6Network),
    "interface": (IPv4Interface, IPv6Interface),
}
