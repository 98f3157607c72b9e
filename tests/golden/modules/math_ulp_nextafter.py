import math

print(math.ulp(1.0), math.ulp(0.0), math.ulp(-3.5), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, -1), math.nextafter(2, 2))
print(math.nextafter(-1.5, -math.inf), math.nextafter(5e-324, 0), math.isnan(math.nextafter(math.nan, 1)))
