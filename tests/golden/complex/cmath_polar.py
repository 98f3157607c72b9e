# Converting between rectangular and polar coordinates.
import cmath
import math

points = [1, -1, 1j, -1j, 1 + 1j, -1 - 1j, 3 + 4j, -2.5 + 0.0j, complex(-2.5, -0.0), 0j]
for z in points:
    r, phi = cmath.polar(z)
    back = cmath.rect(r, phi)
    print(f"{z!s:>10} r={r:.6f} phi={phi:+.6f} deg={math.degrees(phi):+8.2f} back={back}")
    print("   phase", cmath.phase(z), "close:", cmath.isclose(back, z, abs_tol=1e-12))
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.rect(1, -0.0), cmath.rect(0, 2), cmath.rect(-1, 1))
