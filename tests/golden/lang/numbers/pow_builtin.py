# pow with two and three arguments.
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(0, 0), pow(True, 2))
print(pow(2, 100, 7), pow(3, 4, -5), pow(-3, 3, 5), pow(2, 0, 1), pow(2, 5, -1))
print(pow(3, -1, 7), pow(3, -2, -7), pow(6, -1, 35))
print(pow(10, 20, 2**65), pow(2**100, 2**100, 10**9 + 7))
print(pow(2, 3, None), pow(base=2, exp=3), pow(2, 3, mod=5))
