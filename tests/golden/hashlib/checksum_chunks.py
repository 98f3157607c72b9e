# A file-checksum tool: hashing a file's contents in chunks gives the same digest as at once.
import hashlib
import os

path = "checksum_chunks.tmp"
with open(path, "w") as f:
    for i in range(500):
        f.write(f"line {i}: {'x' * (i % 37)}\n")
with open(path) as f:
    data = f.read().encode()
os.remove(path)

for algo in ("md5", "sha1", "sha256", "sha512", "blake2b"):
    whole = hashlib.new(algo, data).hexdigest()
    h = hashlib.new(algo)
    for i in range(0, len(data), 1000):
        h.update(data[i:i + 1000])
    print(f"{algo:8} {h.hexdigest()} {whole == h.hexdigest()}")
