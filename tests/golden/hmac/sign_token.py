# Signing and verifying a session token, as a web framework does.
import base64
import hashlib
import hmac
import json

SECRET = b"server-side secret key"

def sign(payload):
    body = base64.urlsafe_b64encode(json.dumps(payload, sort_keys=True).encode()).rstrip(b"=")
    sig = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return body.decode() + "." + sig

def verify(token):
    body, _, sig = token.rpartition(".")
    expected = hmac.new(SECRET, body.encode(), "sha256").hexdigest()
    if not hmac.compare_digest(sig, expected):
        return None
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode())

token = sign({"user": 42, "role": "editor"})
print(token)
print(verify(token))
tampered = token[:-1] + ("0" if token[-1] != "0" else "1")
print(verify(tampered))
