# URL-safe base64 without padding, as JSON web tokens use it.
import base64
import json

def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

def unb64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))

header = {"alg": "HS256", "typ": "JWT"}
claims = {"sub": "1234567890", "name": "John Doe", "admin": True, "n": "\u00ff\u00fe?>"}
parts = [b64url(json.dumps(p).encode()) for p in (header, claims)]
token = ".".join(parts)
print(token)
for part in token.split("."):
    print(json.loads(unb64url(part).decode()))
print(base64.urlsafe_b64encode(bytes([0xfb, 0xff, 0xfe])), base64.b64encode(bytes([0xfb, 0xff, 0xfe])))
print(base64.urlsafe_b64decode(b"-__-"), base64.urlsafe_b64decode("+//+"))
