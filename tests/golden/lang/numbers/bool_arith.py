# bool is an int subclass in arithmetic.
print(True + True, True * 3, True - False, -True, +True, ~True)
print(True / 2, True // 2, True % 2, True ** 2, 2 ** True)
print(sum([True, True, False]), True + 0.5, abs(True))
print(type(True + True).__name__, type(True * 1.0).__name__)
print(True == 1, False == 0, True == 1.0, 1 == True == 1.0)
