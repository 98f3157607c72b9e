# Aggregating route announcements: collapse_addresses and summarize_address_range.
import ipaddress as ip

routes = ["192.0.2.0/26", "192.0.2.64/26", "192.0.2.128/26", "192.0.2.192/27", "192.0.2.224/27",
          "198.51.100.0/25", "198.51.100.0/24", "203.0.113.5/32", "203.0.113.4/32",
          "203.0.113.6", "203.0.113.7"]
nets = [ip.ip_network(r) for r in routes]
print(list(ip.collapse_addresses(nets)))
addrs = [ip.IPv4Address("10.0.0.%d" % i) for i in (5, 1, 2, 3, 4, 9, 10, 11, 0, 3)]
print(list(ip.collapse_addresses(addrs)))
print(list(ip.collapse_addresses([ip.ip_interface("10.1.0.1/32"), ip.ip_interface("10.1.0.0/32")])))
print(list(ip.collapse_addresses([ip.ip_network("2001:db8::/33"), ip.ip_network("2001:db8:8000::/33")])))
print(list(ip.collapse_addresses([])))
for first, last in [("192.0.2.0", "192.0.2.130"), ("10.0.0.1", "10.0.0.1"), ("0.0.0.0", "255.255.255.255"),
                    ("1.1.1.1", "1.1.2.2"), ("2001:db8::", "2001:db8::ff"), ("::", "::3")]:
    print(first, last, list(ip.summarize_address_range(ip.ip_address(first), ip.ip_address(last))))
for args in [(ip.ip_address("10.0.0.5"), ip.ip_address("10.0.0.1")),
             (ip.ip_address("10.0.0.1"), ip.ip_address("::1")),
             (ip.ip_network("10.0.0.0/8"), ip.ip_address("10.0.0.1"))]:
    try:
        list(ip.summarize_address_range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for mixed in ([ip.ip_address("1.1.1.1"), ip.ip_address("::1")],
              [ip.ip_network("1.1.1.0/24"), ip.ip_network("::/64")]):
    try:
        list(ip.collapse_addresses(mixed))
    except TypeError as e:
        print("TypeError", e)
