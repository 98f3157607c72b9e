# Complex numbers at work: roots of polynomials, a discrete Fourier transform, and the
# impedance of an RLC circuit over frequency.
import cmath
import math


def durand_kerner(coeffs, rounds=200):
    """All roots of a monic polynomial (coefficients from the highest power down)."""
    n = len(coeffs) - 1
    roots = [(0.4 + 0.9j) ** k for k in range(n)]

    def p(x):
        acc = 0j
        for c in coeffs:
            acc = acc * x + c
        return acc

    for _ in range(rounds):
        new = []
        for i, r in enumerate(roots):
            denom = 1
            for j, s in enumerate(roots):
                if i != j:
                    denom *= r - s
            new.append(r - p(r) / denom)
        roots = new
    return sorted(roots, key=lambda z: (round(z.real, 6), round(z.imag, 6)))


for poly in ([1, 0, 1], [1, -3, 3, -5], [1, 0, 0, 0, -16], [1, 2, 3, 4, 5]):
    roots = durand_kerner(poly)
    print(poly, [complex(round(r.real, 6), round(r.imag, 6)) for r in roots])


def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(-2j * cmath.pi * k * t / n) for t, x in enumerate(xs)) for k in range(n)]


signal = [math.sin(2 * math.pi * 3 * t / 16) + 0.5 * math.cos(2 * math.pi * 5 * t / 16) for t in range(16)]
spectrum = dft(signal)
for k, c in enumerate(spectrum):
    mag, ang = cmath.polar(c)
    if mag > 1e-9:
        print(f"bin {k:2d}: |X| = {mag:8.4f}  phase = {math.degrees(ang):8.2f} deg")
back = [sum(c * cmath.exp(2j * cmath.pi * k * t / 16) for k, c in enumerate(spectrum)) / 16 for t in range(16)]
print("round trip ok:", all(cmath.isclose(b, s, abs_tol=1e-9) for b, s in zip(back, signal)))

R, L, C = 50.0, 0.1, 1e-6
for f in (50, 200, 503.29, 1000, 5000):
    w = 2 * math.pi * f
    z = R + 1j * w * L + 1 / (1j * w * C)
    r, phi = cmath.polar(z)
    print(f"{f:8.2f} Hz: Z = {z.real:.2f}{z.imag:+.2f}j  |Z| = {r:.2f}  angle = {math.degrees(phi):+.2f}")

# Identities the functions must keep.
for w in (0.3 + 0.4j, -2 + 1j, 1e-8 - 3j, 5 + 0j):
    checks = [
        cmath.isclose(cmath.sin(w) ** 2 + cmath.cos(w) ** 2, 1, abs_tol=1e-9),
        cmath.isclose(cmath.cosh(w) ** 2 - cmath.sinh(w) ** 2, 1, abs_tol=1e-6),
        cmath.isclose(cmath.tan(cmath.atan(w)), w),
        cmath.isclose(cmath.sin(cmath.asin(w)), w),
        cmath.isclose(cmath.cos(cmath.acos(w)), w),
        cmath.isclose(cmath.tanh(cmath.atanh(w)), w),
        cmath.isclose(cmath.sinh(cmath.asinh(w)), w),
        cmath.isclose(cmath.cosh(cmath.acosh(w)), w),
        cmath.isclose(cmath.exp(cmath.log(w)), w),
    ]
    print(w, checks, cmath.asin(w), cmath.acosh(w), cmath.tanh(w))
