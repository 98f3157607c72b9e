# bytes and bytes_le (the Microsoft GUID layout).
import uuid

u = uuid.UUID("00112233-4455-6677-8899-aabbccddeeff")
print(u.bytes)
print(u.bytes_le)
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(bytes=u.bytes) == u)
for kw in [{"bytes": b"short"}, {"bytes_le": b"x" * 17}]:
    try:
        uuid.UUID(**kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    uuid.UUID(bytes=bytearray(16))
except AssertionError as e:
    print("AssertionError:", e)
