import json
import os
import tempfile

settings = {"name": "demo", "retries": 3, "tags": ["a", "b"]}
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    json.dump(settings, f)
    path = f.name
with open(path) as f:
    print(json.load(f) == settings)
os.unlink(path)
print(os.path.exists(path))
