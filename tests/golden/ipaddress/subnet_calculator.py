# A subnet calculator: splits an allocation into department subnets and prints a plan.
import ipaddress

alloc = ipaddress.ip_network("10.20.0.0/22")
print(f"allocation {alloc} ({alloc.num_addresses} addresses)")
print("netmask", alloc.netmask, "hostmask", alloc.hostmask, "broadcast", alloc.broadcast_address)
print(alloc.with_netmask, alloc.with_hostmask, alloc.with_prefixlen)

needs = {"engineering": 300, "sales": 100, "ops": 50, "guests": 20, "p2p": 2}
free = [alloc]
plan = []
for dept, hosts in sorted(needs.items(), key=lambda kv: -kv[1]):
    prefix = 32 - (hosts + 2 - 1).bit_length()
    free.sort()
    for i, block in enumerate(free):
        if block.prefixlen <= prefix:
            del free[i]
            sub = next(block.subnets(new_prefix=prefix))
            free.extend(block.address_exclude(sub))
            plan.append((dept, sub))
            break
for dept, net in plan:
    hosts = list(net.hosts())
    print(f"{dept:12} {str(net):16} {str(net.netmask):16} first={hosts[0]} last={hosts[-1]} "
          f"usable={len(hosts)}")
print("left over:", sorted(free))
print("collapsed:", list(ipaddress.collapse_addresses(free)))

n = ipaddress.IPv4Network("192.168.1.0/30")
print(list(n), list(n.hosts()))
print(list(ipaddress.ip_network("192.168.1.4/31").hosts()))
print(ipaddress.ip_network("192.168.1.7/32").hosts())
print(n[0], n[-1], n[2], n[-4])
for bad in (4, -5):
    try:
        n[bad]
    except IndexError as e:
        print("IndexError", e)
