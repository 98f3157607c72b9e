# Token functions accept any int size, including zero, and return the documented types.
import secrets

for n in [0, 1, 7, 64]:
    b, h, u = secrets.token_bytes(n), secrets.token_hex(n), secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), type(h).__name__, len(h), type(u).__name__, len(u))
print(secrets.token_hex(None).__len__(), secrets.token_urlsafe(None).__len__())
