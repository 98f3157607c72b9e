# A firewall access list: which rule matches each incoming address.
import ipaddress

RULES = [
    ("deny", "10.0.13.0/24"),
    ("allow", "10.0.0.0/16"),
    ("allow", "192.168.0.0/16"),
    ("allow", "2001:db8:1::/48"),
    ("deny", "0.0.0.0/0"),
    ("deny", "::/0"),
]
rules = [(action, ipaddress.ip_network(net)) for action, net in RULES]

def decide(addr):
    a = ipaddress.ip_address(addr)
    for action, net in rules:
        if a in net:
            return action, net
    return "none", None

for addr in ["10.0.13.7", "10.0.200.1", "10.1.0.1", "192.168.77.3", "8.8.8.8",
             "2001:db8:1:ff::1", "2001:db8:2::1", "::ffff:10.0.0.1"]:
    action, net = decide(addr)
    print(f"{addr:20} {action:5} by {net}")

a = ipaddress.ip_network("10.0.0.0/16")
b = ipaddress.ip_network("10.0.13.0/24")
c = ipaddress.ip_network("10.1.0.0/16")
print(b.subnet_of(a), a.supernet_of(b), a.subnet_of(b), a.overlaps(b), a.overlaps(c))
print(b in a, ipaddress.ip_address("10.0.0.1") in ipaddress.ip_network("::/0"))
print(a.supernet(prefixlen_diff=8), a.supernet(new_prefix=12), ipaddress.ip_network("0.0.0.0/0").supernet())
print(list(a.address_exclude(b)))
print(list(b.address_exclude(b)))
for call in [lambda: a.subnet_of(ipaddress.ip_network("::/0")),
             lambda: a.subnet_of(ipaddress.ip_address("10.0.0.1")),
             lambda: list(a.address_exclude(c)),
             lambda: list(a.address_exclude(ipaddress.ip_network("::/0"))),
             lambda: list(a.subnets(prefixlen_diff=17)),
             lambda: list(a.subnets(new_prefix=8)),
             lambda: list(a.subnets(2, new_prefix=20)),
             lambda: a.supernet(new_prefix=20),
             lambda: a.supernet(prefixlen_diff=17),
             lambda: list(a.subnets(-1))]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
