# Tokens for password resets: lengths and alphabets (the values are random).
import secrets
import string

t = secrets.token_bytes()
print(type(t).__name__, len(t), len(secrets.token_bytes(16)), secrets.token_bytes(0))
h = secrets.token_hex()
print(len(h), set(h) <= set(string.hexdigits.lower()), len(secrets.token_hex(5)))
u = secrets.token_urlsafe()
print(len(u), set(u) <= set(string.ascii_letters + string.digits + "-_"))
for n in range(1, 10):
    print(n, len(secrets.token_urlsafe(n)), len(secrets.token_hex(n)))
print(secrets.DEFAULT_ENTROPY)
