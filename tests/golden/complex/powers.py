# Integer powers multiply exactly; other powers go through polar form.
z = 1 + 2j
for n in [0, 1, 2, 3, 10, -1, -2, 50, 100, 101, -101]:
    print(n, z ** n)
print(z ** 0.5, z ** (1 + 1j), 1j ** 1j, 2 ** (1 + 1j), 2.5 ** 1j, (-8) ** (1 / 3))
print((-1) ** 0.5, (-2.0) ** 1.5, (-4) ** -0.5, pow(1j, 2), pow(2, 1j))
print((1 + 1j) ** 2.0, (1 + 1j) ** 3.0, 0j ** 0, 0j ** 2, 0j ** 1.5)
for base, exp in [(0j, -1), (0j, 1j), (0j, -2.5), (1e200 + 1e200j, 2), (10j, 400)]:
    try:
        print(base ** exp)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    pow(1j, 2, 3)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
