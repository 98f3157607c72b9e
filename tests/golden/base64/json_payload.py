# A JSON payload sent base64-encoded in an HTTP header, and read back.
import base64
import json

payload = {"user": "alice", "roles": ["admin", "dev"], "exp": 1700000000}
raw = json.dumps(payload, separators=(",", ":")).encode()
header = base64.b64encode(raw).decode("ascii")
print(header)
back = json.loads(base64.b64decode(header).decode())
print(back == payload, back)
print(base64.standard_b64encode(b"x" * 10))
print(base64.standard_b64decode("eHh4eHh4eHh4eA=="))
