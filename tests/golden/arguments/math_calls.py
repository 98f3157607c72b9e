# Calls of math's functions with wrong arguments: each error as CPython words it.
import math
try:
    print('math.sqrt()', "->", repr(math.sqrt()))
except Exception as e:
    print('math.sqrt()', "->", type(e).__name__ + ":", e)
try:
    print("math.sqrt('a')", "->", repr(math.sqrt('a')))
except Exception as e:
    print("math.sqrt('a')", "->", type(e).__name__ + ":", e)
try:
    print('math.sqrt(x=1)', "->", repr(math.sqrt(x=1)))
except Exception as e:
    print('math.sqrt(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('math.sqrt(4)', "->", repr(math.sqrt(4)))
except Exception as e:
    print('math.sqrt(4)', "->", type(e).__name__ + ":", e)
try:
    print('math.sqrt(1, 2)', "->", repr(math.sqrt(1, 2)))
except Exception as e:
    print('math.sqrt(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('math.log()', "->", repr(math.log()))
except Exception as e:
    print('math.log()', "->", type(e).__name__ + ":", e)
try:
    print('math.log(8, 2)', "->", repr(math.log(8, 2)))
except Exception as e:
    print('math.log(8, 2)', "->", type(e).__name__ + ":", e)
try:
    print('math.log(1, 2, 3)', "->", repr(math.log(1, 2, 3)))
except Exception as e:
    print('math.log(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('math.log(x=1)', "->", repr(math.log(x=1)))
except Exception as e:
    print('math.log(x=1)', "->", type(e).__name__ + ":", e)
try:
    print("math.gcd('a')", "->", repr(math.gcd('a')))
except Exception as e:
    print("math.gcd('a')", "->", type(e).__name__ + ":", e)
try:
    print('math.gcd(12, 18)', "->", repr(math.gcd(12, 18)))
except Exception as e:
    print('math.gcd(12, 18)', "->", type(e).__name__ + ":", e)
try:
    print('math.gcd(x=1)', "->", repr(math.gcd(x=1)))
except Exception as e:
    print('math.gcd(x=1)', "->", type(e).__name__ + ":", e)
try:
    print("math.floor('a')", "->", repr(math.floor('a')))
except Exception as e:
    print("math.floor('a')", "->", type(e).__name__ + ":", e)
try:
    print('math.floor(2.5)', "->", repr(math.floor(2.5)))
except Exception as e:
    print('math.floor(2.5)', "->", type(e).__name__ + ":", e)
try:
    print('math.isclose(1)', "->", repr(math.isclose(1)))
except Exception as e:
    print('math.isclose(1)', "->", type(e).__name__ + ":", e)
try:
    print('math.isclose(1, 2, 3)', "->", repr(math.isclose(1, 2, 3)))
except Exception as e:
    print('math.isclose(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('math.isclose(1, 1.0000000001)', "->", repr(math.isclose(1, 1.0000000001)))
except Exception as e:
    print('math.isclose(1, 1.0000000001)', "->", type(e).__name__ + ":", e)
try:
    print('math.isclose(a=1, b=1.1, rel_tol=0.2)', "->", repr(math.isclose(a=1, b=1.1, rel_tol=0.2)))
except Exception as e:
    print('math.isclose(a=1, b=1.1, rel_tol=0.2)', "->", type(e).__name__ + ":", e)
try:
    print('math.isclose(1, 2, foo=3)', "->", repr(math.isclose(1, 2, foo=3)))
except Exception as e:
    print('math.isclose(1, 2, foo=3)', "->", type(e).__name__ + ":", e)
try:
    print("math.isclose(1, 2, rel_tol='x')", "->", repr(math.isclose(1, 2, rel_tol='x')))
except Exception as e:
    print("math.isclose(1, 2, rel_tol='x')", "->", type(e).__name__ + ":", e)
try:
    print('math.isclose(1, b=2, a=3)', "->", repr(math.isclose(1, b=2, a=3)))
except Exception as e:
    print('math.isclose(1, b=2, a=3)', "->", type(e).__name__ + ":", e)
try:
    print('math.isclose()', "->", repr(math.isclose()))
except Exception as e:
    print('math.isclose()', "->", type(e).__name__ + ":", e)
try:
    print('math.prod()', "->", repr(math.prod()))
except Exception as e:
    print('math.prod()', "->", type(e).__name__ + ":", e)
try:
    print('math.prod([1,2,3], start=2)', "->", repr(math.prod([1,2,3], start=2)))
except Exception as e:
    print('math.prod([1,2,3], start=2)', "->", type(e).__name__ + ":", e)
try:
    print('math.prod([1,2], 3)', "->", repr(math.prod([1,2], 3)))
except Exception as e:
    print('math.prod([1,2], 3)', "->", type(e).__name__ + ":", e)
try:
    print('math.prod(iterable=[1])', "->", repr(math.prod(iterable=[1])))
except Exception as e:
    print('math.prod(iterable=[1])', "->", type(e).__name__ + ":", e)
try:
    print('math.perm()', "->", repr(math.perm()))
except Exception as e:
    print('math.perm()', "->", type(e).__name__ + ":", e)
try:
    print('math.perm(5)', "->", repr(math.perm(5)))
except Exception as e:
    print('math.perm(5)', "->", type(e).__name__ + ":", e)
try:
    print('math.perm(5, 2)', "->", repr(math.perm(5, 2)))
except Exception as e:
    print('math.perm(5, 2)', "->", type(e).__name__ + ":", e)
try:
    print('math.perm(5, 2, 3)', "->", repr(math.perm(5, 2, 3)))
except Exception as e:
    print('math.perm(5, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('math.comb(5)', "->", repr(math.comb(5)))
except Exception as e:
    print('math.comb(5)', "->", type(e).__name__ + ":", e)
try:
    print('math.pow(2)', "->", repr(math.pow(2)))
except Exception as e:
    print('math.pow(2)', "->", type(e).__name__ + ":", e)
try:
    print("math.pow(2, 'x')", "->", repr(math.pow(2, 'x')))
except Exception as e:
    print("math.pow(2, 'x')", "->", type(e).__name__ + ":", e)
try:
    print('math.atan2(1)', "->", repr(math.atan2(1)))
except Exception as e:
    print('math.atan2(1)', "->", type(e).__name__ + ":", e)
try:
    print('math.ldexp(1.0)', "->", repr(math.ldexp(1.0)))
except Exception as e:
    print('math.ldexp(1.0)', "->", type(e).__name__ + ":", e)
try:
    print('math.factorial()', "->", repr(math.factorial()))
except Exception as e:
    print('math.factorial()', "->", type(e).__name__ + ":", e)
try:
    print('math.factorial(5)', "->", repr(math.factorial(5)))
except Exception as e:
    print('math.factorial(5)', "->", type(e).__name__ + ":", e)
try:
    print('math.trunc()', "->", repr(math.trunc()))
except Exception as e:
    print('math.trunc()', "->", type(e).__name__ + ":", e)
try:
    print('math.hypot(3, 4)', "->", repr(math.hypot(3, 4)))
except Exception as e:
    print('math.hypot(3, 4)', "->", type(e).__name__ + ":", e)
try:
    print('math.hypot(3, x=4)', "->", repr(math.hypot(3, x=4)))
except Exception as e:
    print('math.hypot(3, x=4)', "->", type(e).__name__ + ":", e)
try:
    print('math.fsum()', "->", repr(math.fsum()))
except Exception as e:
    print('math.fsum()', "->", type(e).__name__ + ":", e)
try:
    print('math.dist([0], [3], 1)', "->", repr(math.dist([0], [3], 1)))
except Exception as e:
    print('math.dist([0], [3], 1)', "->", type(e).__name__ + ":", e)
try:
    print('math.sin(x=2)', "->", repr(math.sin(x=2)))
except Exception as e:
    print('math.sin(x=2)', "->", type(e).__name__ + ":", e)
try:
    print('math.ulp()', "->", repr(math.ulp()))
except Exception as e:
    print('math.ulp()', "->", type(e).__name__ + ":", e)
try:
    print('math.nextafter(1)', "->", repr(math.nextafter(1)))
except Exception as e:
    print('math.nextafter(1)', "->", type(e).__name__ + ":", e)
try:
    print("math.copysign(1, 'a')", "->", repr(math.copysign(1, 'a')))
except Exception as e:
    print("math.copysign(1, 'a')", "->", type(e).__name__ + ":", e)
try:
    print('math.isnan(1, 2)', "->", repr(math.isnan(1, 2)))
except Exception as e:
    print('math.isnan(1, 2)', "->", type(e).__name__ + ":", e)
