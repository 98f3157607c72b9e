# + - * with small and large ints.
print(2 + 3, 2 - 3, -2 * 3, -2 * -3)
print(1000000 * 1000000)
print(2 ** 64, -(2 ** 63) - 1)
print(99999999999999999999 + 1)
