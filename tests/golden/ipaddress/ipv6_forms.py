# IPv6 text forms: compression, expansion, embedded IPv4, scope ids and reverse pointers.
import ipaddress

for text in ["2001:0db8:0000:0000:0000:ff00:0042:8329", "::", "::1", "1::", "0:0:1:0:0:0:0:1",
             "1:0:0:1:0:0:0:1", "1:0:0:2:0:0:3:4", "fe80::1ff:fe23:4567:890a%eth2",
             "::ffff:192.0.2.128", "64:ff9b::192.0.2.33", "2002:c000:0204::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2",
             "FFFF:ffff:FFFF:ffff:ffff:ffff:ffff:ffff", "0:0:0:0:0:0:0:0", "1:2:3:4:5:6:0:0"]:
    a = ipaddress.IPv6Address(text)
    print(f"{text}\n  str={a} exploded={a.exploded if not a.scope_id else '-'}")
    print(f"  scope={a.scope_id} v4mapped={a.ipv4_mapped} 6to4={a.sixtofour} teredo={a.teredo}")
    print(f"  int={int(a)} packed={a.packed.hex()}")
print(ipaddress.ip_address("2001:db8::1").reverse_pointer)
print(ipaddress.ip_address("192.0.2.5").reverse_pointer)
n = ipaddress.ip_network("2001:db8:abcd::/48")
print(n.exploded, n.compressed, n.num_addresses, n.netmask, n.hostmask)
print(list(n.subnets(new_prefix=50)))
print(list(ipaddress.ip_network("2001:db8::/126").hosts()))
print(list(ipaddress.ip_network("2001:db8::/127").hosts()))
print(ipaddress.ip_network("2001:db8::1/128").hosts())
i = ipaddress.ip_interface("2001:db8::7/64")
print(i, i.ip, i.network, i.exploded, i.with_netmask, i.with_hostmask, i.with_prefixlen)
s = ipaddress.IPv6Address("fe80::1%1")
t = ipaddress.IPv6Address("fe80::1")
print(s == t, s == ipaddress.IPv6Address("fe80::1%1"), str(s), repr(s))
try:
    s.exploded
except ValueError as e:
    print(type(e).__name__, e)
