# UUID objects cannot be changed.
import uuid

u = uuid.UUID(int=42)
for attr, value in [("int", 1), ("hex", "x"), ("other", 3)]:
    try:
        setattr(u, attr, value)
    except TypeError as e:
        print(attr, "TypeError:", e)
print(u.int, int(u), u.is_safe, uuid.SafeUUID.unknown.value)
print(list(uuid.SafeUUID), uuid.SafeUUID(0))
print(u.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__())
