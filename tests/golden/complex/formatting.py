# format() and f-strings with complex numbers.
z = 3.14159 - 2.71828j
for spec in ["", ".2f", ".3e", ".4g", "10", "<30", ">30.2f", "^30.1f", "*^30.2e", "+.1f", " .1f",
             "G", "E", "n", ".0f", "#.0f", ".3"]:
    print(f"{spec!r:10} [{format(z, spec)}] [{format(2j, spec)}] [{format(complex(-0.0, 1), spec)}]")
print(f"{1 + 1j}", f"{1e20 + 1e-20j:g}", f"{complex('nan+infj'):f}", "{:.1f}".format(0.25 + 0.75j))
print("%s %r" % (z, 1j))
for spec in ["010", "=10", "d", "%", "x"]:
    try:
        format(z, spec)
    except ValueError as e:
        print(e)
