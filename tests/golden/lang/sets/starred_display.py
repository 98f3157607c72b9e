xs = [30, 10, 20]
print({*xs})
print({*xs, 5, *range(3)})
s = {9, 8}
print({*s, *s, 1})
print({*{1: 2, 3: 4}})
