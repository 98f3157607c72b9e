# Nested replacement fields inside an f-string's format spec.
width = 10
prec = 3
for x in [3.14159, -2.5, 1234.5]:
    print(f"[{x:{width}.{prec}f}] [{x:>{width}}] [{x:{'*'}^{width - 2}.{prec - 1}e}]")
for align in ["<", "^", ">"]:
    print(f"[{'mid':{align}9}]")
