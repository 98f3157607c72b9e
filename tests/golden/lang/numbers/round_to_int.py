# round(x) gives an int, ties going to the even neighbour.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5, 2.4999, 2.5001, 1e16 + 1.0]:
    r = round(x)
    print(x, r, type(r).__name__)
print(round(7), round(-7), round(True), type(round(True)).__name__)
print(round(2.5, None), round(number=3.5))
print(round(1e300) == int(1e300))
