# With no presentation type and no precision a float formats as its repr, then pads.
for x in [0.1, 0.1 + 0.2, 1e16, 1e-5, 123456789.125, 1.0, -0.0, 2.5e-320]:
    print(f"[{x}] [{x:12}] [{x:<12}] [{x:+}] [{x:012}] [{x:,}]")
