# Solving quadratics with complex roots.
import cmath


def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1), (1, 0, -1j)]:
    r1, r2 = roots(*coeffs)
    a, b, c = coeffs
    check = [abs(a * r * r + b * r + c) < 1e-12 for r in (r1, r2)]
    print(coeffs, r1, r2, check)
