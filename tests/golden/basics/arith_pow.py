# ** with ints: big results stay exact, a negative exponent gives a float.
print(2 ** 10, (-2) ** 3, -2 ** 2, 0 ** 0)
print(3 ** 40)
print(2 ** -1, 10 ** -2)
print(2 ** 3 ** 2)
