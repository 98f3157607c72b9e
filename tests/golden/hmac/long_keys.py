# Keys longer than the block size are hashed first; shorter ones are padded.
import hashlib
import hmac

msg = b"data"
for n in [0, 1, 63, 64, 65, 127, 128, 129, 1000]:
    key = bytes(range(256))[:n] if n <= 256 else b"k" * n
    a = hmac.new(key, msg, "sha256").hexdigest()
    b = hmac.new(key, msg, "sha512").hexdigest()
    print(n, a[:16], b[:16])
big = b"K" * 100
print(hmac.new(big, msg, "sha256").digest() == hmac.new(hashlib.sha256(big).digest(), msg, "sha256").digest())
