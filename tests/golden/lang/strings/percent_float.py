# printf-style floats: %f %e %g and their upper-case forms.
for x in [0.0, 0.5, 1.005, 12345.678, 1e-7, 1e20, -2.5]:
    print("%f %.0f %.2f %e %.2E %g %.3G".__mod__((x, x, x, x, x, x, x)))
print("%08.3f %+08.3f % .2e %-10.1f|".__mod__((-3.14159, 3.14159, 31415.9, 2.25)))
print("%#.0f %#g %g %#x".__mod__((3.0, 2.0, 2.0, 0)))
print("%f %e %g".__mod__((float("inf"), float("-inf"), float("nan"))))
print("%f %d".__mod__((10 ** 20, 10 ** 20)))
