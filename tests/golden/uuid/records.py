# A small table keyed by deterministic UUIDs, serialised to JSON with their string form.
import json
import uuid

NS = uuid.UUID("a5e1f1a0-0000-4000-8000-000000000000")
rows = [{"id": str(uuid.uuid5(NS, name)), "name": name} for name in ["ada", "grace", "linus"]]
text = json.dumps(rows, indent=1)
print(text)
back = [uuid.UUID(r["id"]) for r in json.loads(text)]
print([u.version for u in back], back[0] == uuid.uuid5(NS, "ada"))
print(repr(back[1]), back[2].urn)
