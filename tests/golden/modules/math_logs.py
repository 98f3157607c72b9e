import math

print(math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log2(1024), math.log10(1000), math.log1p(0.0))
print(math.log(10**100), math.log10(10**300), math.log2(2**2000))
print(math.log(2**5000, 2))
print(math.expm1(1e-10))
