# Building UUIDs from fields and reading them back.
import uuid

u = uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678))
print(u, u.fields)
print(hex(u.time_low), hex(u.time_mid), hex(u.time_hi_version))
print(hex(u.clock_seq_hi_variant), hex(u.clock_seq_low), hex(u.node))
print(hex(u.time), hex(u.clock_seq))
for bad in [(1 << 32, 0, 0, 0, 0, 0), (0, 1 << 16, 0, 0, 0, 0), (0, 0, 1 << 16, 0, 0, 0),
            (0, 0, 0, 256, 0, 0), (0, 0, 0, 0, 256, 0), (0, 0, 0, 0, 0, 1 << 48), (0, 0, 0, 0, 0, -1), (1, 2)]:
    try:
        uuid.UUID(fields=bad)
    except ValueError as e:
        print("ValueError:", e)
