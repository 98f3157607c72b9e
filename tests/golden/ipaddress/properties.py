# The special-purpose flags of addresses and networks (private, global, loopback, ...).
import ipaddress

FLAGS = ["is_private", "is_global", "is_multicast", "is_reserved", "is_loopback",
         "is_link_local", "is_unspecified"]

def flags(obj):
    extra = ["is_site_local"] if obj.version == 6 else []
    on = [f[3:] for f in FLAGS + extra if getattr(obj, f)]
    return ",".join(on) or "-"

for text in ["0.0.0.0", "10.1.2.3", "100.64.1.1", "127.0.0.1", "169.254.9.9", "172.16.5.4",
             "172.32.0.1", "192.0.0.9", "192.0.0.170", "192.0.2.1", "192.168.1.1", "198.18.0.1",
             "203.0.113.7", "224.0.0.251", "239.255.255.250", "240.0.0.1", "255.255.255.255",
             "8.8.8.8", "::", "::1", "::ffff:10.0.0.1", "::ffff:8.8.8.8", "100::1", "2001::1",
             "2001:db8::1", "2001:4860:4860::8888", "fc00::1", "fd12:3456::1", "fe80::1",
             "fec0::1", "ff02::1", "2002::1", "4000::1"]:
    a = ipaddress.ip_address(text)
    print(f"{text:22} v{a.version} {flags(a)}")
for text in ["10.0.0.0/8", "10.0.0.0/7", "100.64.0.0/10", "100.64.0.0/9", "224.0.0.0/4",
             "127.0.0.0/16", "0.0.0.0/32", "0.0.0.0/0", "::/128", "fe80::/10", "fec0::/10",
             "ff00::/8", "2001:db8::/32", "::1/128"]:
    n = ipaddress.ip_network(text, strict=False)
    print(f"{text:18} {flags(n)}")
i = ipaddress.ip_interface("0.0.0.0/8")
print("interface 0.0.0.0/8:", i.is_unspecified, i.is_private, i.ip.is_unspecified)
j = ipaddress.ip_interface("::/0")
print("interface ::/0:", j.is_unspecified, ipaddress.ip_interface("::/128").is_unspecified,
      ipaddress.ip_interface("::1/128").is_loopback)
