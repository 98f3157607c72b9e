# NaN compares false with everything, so where NaNs end up shows which comparisons the sort
# made: this matches CPython's timsort comparison for comparison (runs, merges, galloping).
nan = float('nan')
data = [(i * 7919) % 1000 for i in range(150)]
data = data + list(range(200, 300)) + list(range(600, 480, -1)) + [(i * 31) % 97 for i in range(90)]
data = [nan if i % 13 == 5 else float(x) for i, x in enumerate(data)]
out = sorted(data)
print(len(out))
print(out)
print(sorted(data, reverse=True)[:40])
