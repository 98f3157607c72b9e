# Forcing a version sets the version and variant bits.
import uuid

base = uuid.UUID(int=0)
for v in range(1, 6):
    u = uuid.UUID(int=0, version=v)
    print(v, u, u.version, u.variant)
print(base.version, base.variant)
for n, name in [(0, "ncs"), (0x8 << 60, "rfc"), (0xC << 60, "ms"), (0xE << 60, "future")]:
    u = uuid.UUID(int=n << 4)
    print(name, u.variant, u.version)
for bad in [0, 6, -1]:
    try:
        uuid.UUID(int=1, version=bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
