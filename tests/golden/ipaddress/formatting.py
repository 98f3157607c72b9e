# format() of addresses: binary, hex, grouping and plain strings; packed and int forms.
import ipaddress

v4 = ipaddress.IPv4Address("192.168.1.10")
v6 = ipaddress.IPv6Address("2001:db8::ff00:42:8329")
for spec in ["", "s", ">20s", "b", "#b", "_b", "#_b", "x", "#x", "X", "#_X", "n", "_n", "#n"]:
    print(repr(spec), format(v4, spec), format(v6, spec))
print(f"{v4:^20s}|{v6!s:>30}|{v4!r}")
try:
    print(f"{v4:^20}")
except TypeError as e:
    print("TypeError", e)
for bad in ["d", "10x", "#"]:
    try:
        format(v4, bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(v4.packed, v6.packed, ipaddress.IPv4Address(v4.packed), ipaddress.ip_address(b"\x00" * 16))
print(ipaddress.IPv4Address(3232235786), ipaddress.IPv6Address(1), ipaddress.ip_address(2**32))
print(v4.version, v6.version, v4.max_prefixlen, v6.max_prefixlen, ipaddress.IPV4LENGTH, ipaddress.IPV6LENGTH)
print(str(ipaddress.ip_network("10.0.0.0/255.255.0.0")), ipaddress.ip_network("10.0.0.0/0.0.255.255"))
print(ipaddress.ip_network(("192.168.0.0", 16)), ipaddress.ip_network((3232235520, "16")))
print(ipaddress.ip_network(b"\xc0\xa8\x00\x01"), ipaddress.ip_interface(3232235777))
