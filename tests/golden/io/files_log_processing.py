# A realistic job: write a log, then summarise it line by line.
import os
from collections import Counter

log = f"files_log_{os.getpid()}.log"
with open(log, "w") as out:
    for i in range(12):
        level = ["INFO", "WARN", "ERROR"][i % 3 if i % 5 else 0]
        out.write(f"2024-01-{i + 1:02d} {level} event {i}\n")
counts = Counter()
errors = []
with open(log) as f:
    for line in f:
        date, level, *rest = line.split()
        counts[level] += 1
        if level == "ERROR":
            errors.append(" ".join(rest))
print(sorted(counts.items()))
print(errors)
with open(log) as f:
    first, *middle, last = f.read().splitlines()
print(first)
print(last, len(middle))
os.remove(log)
