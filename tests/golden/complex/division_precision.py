# Division scales by the larger part of the divisor, as CPython does.
pairs = [(1 + 1j, 1e-300 + 1e-300j), (1e300 + 1j, 1e300 + 1e300j), (1 + 2j, 3 + 4j),
         (5, 1j), (1j, 3), (-7 + 0.5j, 0.25 - 8j), (1, 1e-310j), (2j, 1e200 + 1e-200j)]
for a, b in pairs:
    q = a / b
    print(a, "/", b, "=", q)
