# Comparisons across int, float and bool compare values.
print(1 == 1.0, 1 == True, 0 == False, 1 < 1.5, True < 2, 2.5 > 2, -0.0 == 0)
print(float('nan') == float('nan'), float('nan') < 1, float('nan') != float('nan'))
print(2**64 > 1e19, 2**1000 > 1e300, 2**1024 > 1e308)
print(10**400 > float('inf'), -(10**400) < float('-inf'), 10**400 == float('inf'))
print(2**53 == 2.0**53, 2**60 == 2.0**60, 3 >= 3.0, 3 <= 2.999)
print(max(1, 1.0), min(1.0, 1), max(True, 1), max(1, True))
