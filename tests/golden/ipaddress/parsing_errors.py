# Every kind of malformed address, mask and network, with the errors ipaddress gives.
import ipaddress as ip

def attempt(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(f"{fn.__name__}{args!r} -> {r!r}")
    except (ValueError, TypeError) as e:
        print(f"{fn.__name__}{args!r} -> {type(e).__name__}: {e}")

for text in ["", "1.2.3", "1.2.3.4.5", "1.2.3.256", "01.2.3.4", "1.2.3.a", "1.2.3.1234",
             "1..3.4", "1.2.3.4/24", " 1.2.3.4", "١.2.3.4", "0.0.0.0", "255.255.255.255"]:
    attempt(ip.IPv4Address, text)
for value in [-1, 2**32, 2**32 - 1, b"\x01\x02\x03", b"\x7f\x00\x00\x01", 3.5]:
    attempt(ip.IPv4Address, value)
for text in ["::", "1::2::3", ":1::2", "1::2:", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
             "1:2:3:4:5:6:7::8", "12345::", "g::", "::1.2.3.4", "::1.2.3", "fe80::1%",
             "fe80::1%eth0", "fe80::1%a%b", "1:2", "1:2:3:4:5:6:7:8", ":::", "1:2:3:4:5:6::7:8"]:
    attempt(ip.IPv6Address, text)
attempt(ip.IPv6Address, 2**128)
attempt(ip.IPv6Address, b"\x00" * 15)
for text in ["10.0.0.0/8", "10.0.0.1/8", "10.0.0.0/33", "10.0.0.0/255.0.0.0", "10.0.0.0/0.255.255.255",
             "10.0.0.0/255.0.255.0", "10.0.0.0/-1", "10.0.0.0/ 8", "10.0.0.0/8/8", "10.0.0.0/",
             "10.0.0.0/0", "10.0.0.0/0.0.0.0", "10.0.0.0/08"]:
    attempt(ip.IPv4Network, text)
attempt(ip.IPv4Network, "10.0.0.1/8", strict=False)
attempt(ip.IPv4Network, ("10.0.0.0", 8))
attempt(ip.IPv4Network, ("10.0.0.0", "255.255.0.0"))
attempt(ip.IPv4Network, (167772160, 33))
for text in ["2001:db8::/32", "2001:db8::1/32", "2001:db8::/129", "2001:db8::/ffff::", "::/0"]:
    attempt(ip.IPv6Network, text)
for text in ["1.2.3.4", "::1", "300.1.1.1", "nonsense", 7, 2**40, 2**200]:
    attempt(ip.ip_address, text)
for text in ["1.2.3.0/24", "1.2.3.1/24", "fe80::/64", "fe80::1/64", "x/y"]:
    attempt(ip.ip_network, text)
attempt(ip.ip_network, "1.2.3.1/24", False)
for text in ["1.2.3.4/24", "2001:db8::5/48", "1.2.3.4/40", "1.2.3.4"]:
    attempt(ip.ip_interface, text)
print(issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError))
attempt(ip.v4_int_to_packed, 2**32)
attempt(ip.v4_int_to_packed, 3232235777)
attempt(ip.v6_int_to_packed, 1)
attempt(ip.v6_int_to_packed, -1)
