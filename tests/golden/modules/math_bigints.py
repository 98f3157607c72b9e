import math

print(math.factorial(100))
print(math.comb(200, 100))
print(math.perm(30, 20))
print(math.gcd(2**200, 6**100), math.lcm(2**70, 3**40))
print(math.isqrt(2**300), math.isqrt(10**60 + 12345))
print(math.prod(range(1, 40)))
print(math.floor(1e20), math.ceil(-1e25), math.trunc(2.0**70))
print(math.sqrt(10**30), math.log(10**1000), math.log2(2**1000 + 1))
