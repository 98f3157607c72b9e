# cmath: roots, logarithms, exponentials, polar form.
import cmath
import math

for z in [4, -4, 1j, -1j, 3 + 4j, -3 - 4j, 0.25 + 0j, 1e-320 + 1e-320j, 1e308 + 1e308j, -0.0 + 0j,
          complex(0.0, -0.0)]:
    print("sqrt", z, cmath.sqrt(z))
for z in [1, -1, 1j, 2 + 2j, 0.5 - 0.1j, 1e-10, 1e300 + 1e300j, 0.9 + 0.3j]:
    print("log", z, cmath.log(z), cmath.log10(z), cmath.log(z, 2), cmath.log(z, 10 + 1j))
for z in [0, 1, 1j * math.pi, 1 + 1j, -5 + 0.5j, 709 + 0j]:
    print("exp", z, cmath.exp(z))
print(cmath.exp(1j * cmath.pi) + 1, cmath.sqrt(-1) ** 2)
