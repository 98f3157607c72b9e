# Random identifiers for records: uuid4's shape (the values differ each run).
import re
import uuid

pattern = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
ids = [uuid.uuid4() for _ in range(50)]
print(all(pattern.match(str(u)) for u in ids))
print(len(set(ids)), all(u.version == 4 and u.variant == uuid.RFC_4122 for u in ids))
print(type(ids[0]).__name__, len(ids[0].hex), len(ids[0].bytes), ids[0].int < 2**128)
