# UUIDs to and from integers and bytes, at the edges of the range.
import uuid

for n in [0, 1, 2**64, 2**128 - 1, 0x123456789ABCDEF0123456789ABCDEF0]:
    u = uuid.UUID(int=n)
    print(u, int(u) == n, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(hex=u.hex).int == n)
print(uuid.UUID(int=2**128 - 1).variant, uuid.UUID(int=2**128 - 1).version)
