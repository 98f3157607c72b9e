# Exponent notation: 'e' and 'E'.
for x in [0.0, 1.0, 12345.678, 0.000123, -9.999e-10, 1e100, 5e-324]:
    print(f"{x:e} {x:.0e} {x:.2e} {x:.3E} {x:15.4e}|")
print(f"{1.5:#.0e} {123456:.2e} {-2:+e}")
