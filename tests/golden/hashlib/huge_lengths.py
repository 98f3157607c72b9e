# Output lengths past memory raise MemoryError instead of ending the process.
import hashlib, os
for f in [lambda: hashlib.shake_128(b"x").hexdigest(2**62), lambda: os.urandom(2**62)]:
    try:
        f()
    except MemoryError as e:
        print("MemoryError", e)
print(len(hashlib.shake_128(b"x").digest(100000)), len(os.urandom(100000)))
