import math

print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan))
print(math.isinf(-math.inf), math.isinf(1e308), math.isnan(math.nan), math.isnan(0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
