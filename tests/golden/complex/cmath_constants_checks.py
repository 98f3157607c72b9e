# The constants of cmath and the isclose/isnan/isinf/isfinite predicates.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.imag, cmath.nanj.real)
print(cmath.isnan(cmath.nanj), cmath.isnan(1j), cmath.isinf(cmath.infj), cmath.isinf(complex(1, 2)),
      cmath.isfinite(1 + 1j), cmath.isfinite(cmath.infj), cmath.isnan(cmath.nan), cmath.isinf(-cmath.inf))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(1, 1 + 0j))
print(cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(0j, 1e-10))
print(cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.infj, 1e308j), cmath.isclose(cmath.nanj, cmath.nanj))
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
