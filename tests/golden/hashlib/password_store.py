# Storing and checking passwords with PBKDF2, the way a small web app does.
import hashlib
import hmac

def hash_password(password, salt, iterations=1000):
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${dk.hex()}"

def check(password, stored):
    _, it, salt, digest = stored.split("$")
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(it))
    return hmac.compare_digest(dk.hex(), digest)

stored = hash_password("correct horse", b"\x01\x02\x03\x04\x05\x06\x07\x08")
print(stored)
print(check("correct horse", stored), check("wrong", stored))
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, dklen=20).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pass\0word", b"sa\0lt", 3, 16).hex())
print(hashlib.pbkdf2_hmac("md5", bytearray(b"k"), memoryview(b"s"), 5, None).hex())
