# The alternate form '#' keeps the decimal point and trailing zeros.
for x in [1.0, 2.5, 100.0, 0.0001]:
    print(f"{x:#.0f} {x:#.0e} {x:#g} {x:#.2g} {x:#.3}")
