# divmod for ints, floats and mixes.
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(0.0, -1), divmod(-0.0, 1))
print(divmod(2**70, 3), divmod(-(2**70), 7))
print(divmod(True, 2), divmod(5, True))
print(divmod(5, float('inf')), divmod(-5, float('inf')))
