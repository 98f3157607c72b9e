# / always gives a float.
print(7 / 2, 6 / 3, -7 / 2, 1 / 3)
print(1 / 10, 2 / 3, 10 / 4, 0 / 5)
print(1 / 8 + 1 / 8)
