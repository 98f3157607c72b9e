# secrets.compare_digest is hmac's.
import hmac
import secrets

print(secrets.compare_digest is hmac.compare_digest)
tok = secrets.token_hex(16)
print(secrets.compare_digest(tok, tok), secrets.compare_digest(tok, tok[::-1] if tok != tok[::-1] else tok + "0"))
print(secrets.compare_digest(b"a", b"a"), secrets.compare_digest(b"a", b"b"))
