# Signed cookies: value|timestamp|signature, rejected when any part changes.
import hashlib
import hmac

KEY = b"cookie-signing-key"

def make(value, ts):
    body = f"{value}|{ts}"
    sig = hmac.new(KEY, body.encode(), hashlib.sha1).hexdigest()
    return f"{body}|{sig}"

def read(cookie):
    value, ts, sig = cookie.split("|")
    good = hmac.new(KEY, f"{value}|{ts}".encode(), hashlib.sha1).hexdigest()
    return value if hmac.compare_digest(sig, good) else None

c = make("user=7", 1700000000)
print(c)
print(read(c), read(c.replace("user=7", "user=8")), read(c.replace("1700000000", "1700000001")))
