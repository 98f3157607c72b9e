# Addresses, networks and interfaces compare, sort and hash like values.
import ipaddress as ip

addrs = [ip.ip_address(a) for a in ["10.0.0.10", "10.0.0.2", "9.255.255.255", "10.0.0.2"]]
print(sorted(addrs), min(addrs), max(addrs))
print(len(set(addrs)), addrs[1] == addrs[3], addrs[1] != addrs[0], addrs[0] > addrs[1])
print(addrs[1] <= addrs[3], addrs[1] >= addrs[3], addrs[1] < addrs[3])
a = ip.ip_address("10.0.0.1")
print(a + 5, a - 1, int(a), a == 167772161, a == "10.0.0.1")
for op in (lambda: a + 2**32, lambda: ip.ip_address("0.0.0.0") - 1, lambda: a + 1.5,
           lambda: a < ip.ip_address("::1"), lambda: a < ip.ip_network("10.0.0.0/8"),
           lambda: a < 5):
    try:
        print(op())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
nets = [ip.ip_network(n) for n in ["10.0.0.0/8", "10.0.0.0/16", "9.0.0.0/8", "10.0.0.0/8"]]
print(sorted(nets), len(set(nets)), nets[0] == nets[3], nets[0] < nets[1])
print(nets[0].compare_networks(nets[1]), nets[1].compare_networks(nets[0]), nets[0].compare_networks(nets[3]))
mixed = [ip.ip_address("10.0.0.1"), ip.ip_network("10.0.0.0/8"), ip.ip_address("::1"), ip.ip_network("::/0")]
print(sorted(mixed, key=ip.get_mixed_type_key))
print(ip.get_mixed_type_key("x"))
i1 = ip.ip_interface("10.0.0.5/24")
i2 = ip.ip_interface("10.0.0.5/16")
i3 = ip.ip_interface("10.0.0.4/24")
print(i1 == i2, i1 == ip.ip_address("10.0.0.5"), i1 < i2, i2 < i1, i3 < i1, sorted([i1, i2, i3]))
print(len({i1, i2, i3, ip.ip_interface("10.0.0.5/24")}))
print(i1.ip, i1.network, i1.netmask, i1.hostmask, i1.with_netmask, i1.with_hostmask, repr(i1))
print(isinstance(i1, ip.IPv4Address), i1.version, i1.max_prefixlen, i1.compressed, i1.exploded)
d = {ip.ip_address("1.1.1.1"): "one", ip.ip_network("1.1.1.0/24"): "net"}
print(d[ip.IPv4Address("1.1.1.1")], d[ip.IPv4Network("1.1.1.0/24")])
import pickle, copy
print(pickle.loads(pickle.dumps(i1)), copy.deepcopy(ip.ip_network("::/64")), copy.copy(a))
