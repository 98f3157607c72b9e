# int / int is correctly rounded even when the operands are too large for floats.
print(10**400 / 10**399, 1 / 2**1100, (2**1100 + 1) / 2**1100)
print((10**30 + 1) / 3, 10**20 / 10**10, 7 / 2, -7 / 2)
print((2**53 + 1) / 1, (2**54 + 3) / 1, 3 / 2**1076)
try:
    2**1100 / 3
except OverflowError as e:
    print(type(e).__name__, e)
