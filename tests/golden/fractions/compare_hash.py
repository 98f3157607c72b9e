# Comparisons with ints and floats, and hashes equal to theirs.
from fractions import Fraction as F

a, b = F(1, 3), F(1, 6)
print(a < b, a > b, a <= F(1, 3), a >= 0.4, F(1, 2) < 1, 1 < F(3, 2))
print(F(1, 2) < float("inf"), F(1, 2) > float("nan"), F(1, 2) == float("nan"))
print(a == 1 / 3, F(1, 2) == 0.5, F(1, 2) == 1, F(2) == 2, F(2) != 3)
print(sorted([F(1, 2), 0.25, 1, F(1, 3)]), max(F(1, 2), F(2, 3)), min(F(1, 2), 0.4))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)))
print({F(1, 2): "half"}[0.5], len({F(1, 2), 0.5, F(2, 4)}), hash(F(10**30, 3)))
