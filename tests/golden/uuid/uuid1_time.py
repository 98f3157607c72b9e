# Time-based UUIDs: version 1, increasing timestamps, given node and clock sequence.
import uuid

a = uuid.uuid1()
b = uuid.uuid1()
print(a.version, a.variant, b.time > a.time, 0 <= a.node < 2**48)
c = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(hex(c.node), hex(c.clock_seq), c.version, str(c)[14], str(c)[19:23])
# 100-ns intervals since 1582-10-15; convert to a Unix time, roughly now.
unix = (c.time - 0x01B21DD213814000) / 1e7
print(unix > 1.6e9)
print(0 <= uuid.getnode() < 2**48, uuid.getnode() == uuid.getnode())
