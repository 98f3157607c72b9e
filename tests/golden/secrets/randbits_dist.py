# Each bit of randbits is set about half the time.
import secrets

counts = [0] * 16
for _ in range(4000):
    v = secrets.randbits(16)
    for i in range(16):
        counts[i] += v >> i & 1
print(all(1600 < c < 2400 for c in counts))
