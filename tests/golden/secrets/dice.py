# A fair die: every face appears over many rolls.
import secrets

counts = [0] * 6
for _ in range(3000):
    counts[secrets.randbelow(6)] += 1
print(all(c > 300 for c in counts), sum(counts))
