# Fixed-point: precision, rounding to nearest with ties to even on the exact binary value.
for x in [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, -0.001, 1234.5678]:
    print(f"{x:f} {x:.0f} {x:.1f} {x:.2f} {x:.3F}")
print(f"{1e22:.1f} {1/3:.20f}")
print(f"{3.14159:10.3f}|{3.14159:<10.3f}|{-3.14159:010.2f}|{3.14159:+.1f}")
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {0.1:012,.3f}")
