import math

print(math.factorial(0), math.factorial(5), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(12, 18, 27), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**50))
print(math.comb(5, 2), math.comb(100, 50), math.comb(3, 5))
print(math.perm(5, 2), math.perm(4), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.prod([0.5, 4]))
