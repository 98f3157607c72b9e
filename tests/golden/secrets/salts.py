# Per-user salts for password hashing are unique and of the requested size.
import hashlib
import secrets

users = ["ann", "ben", "cid"]
salts = {u: secrets.token_bytes(16) for u in users}
print(len(set(salts.values())), all(len(s) == 16 for s in salts.values()))
hashes = {u: hashlib.pbkdf2_hmac("sha256", b"same password", s, 100).hex() for u, s in salts.items()}
print(len(set(hashes.values())), all(len(h) == 64 for h in hashes.values()))
