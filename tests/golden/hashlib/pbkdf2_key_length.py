# A derived key longer than a C int is refused before anything is allocated.
import hashlib

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2, 20).hex())
for n in (0, -5, 2**31, 2**62, 2**64):
    try:
        hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1, n)
    except (ValueError, OverflowError) as e:
        print(n, type(e).__name__, e)
