# round(x, n) rounds the exact binary value of x: 2.675 is a little below 2.675.
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(2.5e-8, 9), round(3.14159, 3), round(-3.14159, 3))
print(round(0.5, 0), round(1.5, 0), round(-0.4, 0), round(-0.0, 1))
print(round(5e-324, 323), round(5e-324, 400), round(1.23456789e-300, 305))
print(round(1.5, True), round(1.2345, False), round(2.567, ndigits=2))
print(round(float('inf'), 2), round(float('-inf'), -2), round(float('nan'), 2))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
