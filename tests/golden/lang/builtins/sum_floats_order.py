# Floats are added one at a time, in order, rounding at each step.
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, -1e100]))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
print(sum([1e16, 1.0, 1.0]), sum([1.0, 1.0, 1e16]))
