# randbelow and randbits stay in range.
import secrets

for n in [1, 2, 3, 10, 255, 256, 2**64, 10**30]:
    vals = [secrets.randbelow(n) for _ in range(200)]
    print(n, all(0 <= v < n for v in vals))
print(secrets.randbelow(1))
for k in [0, 1, 7, 8, 9, 64, 100]:
    vals = [secrets.randbits(k) for _ in range(100)]
    print(k, all(0 <= v < 2**k for v in vals))
print(secrets.randbits(0))
