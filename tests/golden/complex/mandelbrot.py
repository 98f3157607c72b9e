# An ASCII Mandelbrot set with complex arithmetic.
def escape(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


for y in range(12, -13, -2):
    row = ""
    for x in range(-40, 21):
        n = escape(complex(x / 20, y / 10))
        row += " .:-=+*#%@"[min(n // 3, 9)]
    print(row)
