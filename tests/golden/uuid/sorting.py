# UUIDs order and hash by their integer value; they work as dict keys and in sets.
import uuid

ids = [uuid.UUID(int=n) for n in (5, 1, 3, 2**127, 0)]
print([str(u) for u in sorted(ids)])
print(max(ids).int == 2**127, min(ids).int == 0)
d = {uuid.UUID(int=1): "one"}
print(d[uuid.UUID("00000000-0000-0000-0000-000000000001")])
print(uuid.UUID(int=1) in {uuid.UUID(int=1)}, len({uuid.UUID(int=7), uuid.UUID(int=7)}))
print(uuid.UUID(int=1) == uuid.UUID(int=1), uuid.UUID(int=1) != uuid.UUID(int=2))
print(uuid.UUID(int=1) == "00000000-0000-0000-0000-000000000001")
for op in ["<", "<=", ">", ">="]:
    try:
        eval(f"uuid.UUID(int=1) {op} 2")
    except TypeError as e:
        print("TypeError:", e)
