# Published test vectors for each guaranteed algorithm.
import hashlib

inputs = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", b"a" * 1000]
for name in sorted(hashlib.algorithms_guaranteed):
    for data in inputs:
        h = hashlib.new(name, data)
        out = h.hexdigest(16) if name.startswith("shake") else h.hexdigest()
        print(name, len(data), out)
