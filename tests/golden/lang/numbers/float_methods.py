# Methods of float.
print((1.0).is_integer(), (1.5).is_integer(), float('inf').is_integer(), float('nan').is_integer())
print((0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio(), (2.0).as_integer_ratio())
print((3.5).hex(), (-0.1).hex(), (5e-324).hex(), (0.0).hex(), (-0.0).hex(), (1e308).hex(), float('inf').hex())
print((1.5).conjugate())
for x in [float('inf'), float('nan')]:
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
