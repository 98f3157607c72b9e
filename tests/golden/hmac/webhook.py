# Verifying a webhook signature header ("sha256=<hex>") in constant time.
import hashlib
import hmac

secret = b"whsec_test"
body = b'{"event":"push","ref":"refs/heads/main"}'
header = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
print(header)

def valid(sig_header, payload):
    algo, _, sig = sig_header.partition("=")
    mac = hmac.new(secret, payload, getattr(hashlib, algo))
    return hmac.compare_digest(mac.hexdigest(), sig)

print(valid(header, body), valid(header, body + b" "))
print(valid("sha1=" + hmac.new(secret, body, "sha1").hexdigest(), body))
