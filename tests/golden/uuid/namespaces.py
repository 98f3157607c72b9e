# Name-based UUIDs (versions 3 and 5) are stable: the same name gives the same UUID.
import uuid

for ns_name in ["NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"]:
    ns = getattr(uuid, ns_name)
    print(ns_name, ns, ns.version)
for name in ["python.org", "example.com", "", "caf\u00e9"]:
    print(repr(name), uuid.uuid3(uuid.NAMESPACE_DNS, name), uuid.uuid5(uuid.NAMESPACE_DNS, name))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://docs.python.org/3/"))
u = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
print(u.version, u.variant, u == uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
