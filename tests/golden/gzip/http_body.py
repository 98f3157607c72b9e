# Serving a JSON response gzip-compressed, and the client decoding it.
import gzip
import json

payload = {"results": [{"id": i, "name": f"item-{i}", "tags": ["a", "b"]} for i in range(40)]}
raw = json.dumps(payload).encode()
wire = gzip.compress(raw, compresslevel=6, mtime=0)
print(len(raw), len(wire), wire[:3].hex())
back = json.loads(gzip.decompress(wire).decode())
print(back == payload, back["results"][7])
