# Mixed int/float arithmetic with an int too large for a float raises OverflowError.
a = 2 * 10**308
for op in ['a + 1.0', 'a - 1.0', 'a * 1.0', 'a / 2.0', 'a // 1.0', 'a % 1.0', 'a ** 1.0', '1.0 + a', '1.0 < a', 'a == 1e308', 'float(a)', '1e308 / a']:
    try:
        print(op, eval(op))
    except Exception as e:
        print(op, type(e).__name__, e)
import math
a = 3 * 10**400
x = 1.5
for f in [lambda: divmod(a, 1.0), lambda: divmod(1.0, a), lambda: math.sqrt(a), lambda: pow(a, 0.5), lambda: pow(2.0, a), lambda: a > 1e308, lambda: -a < -1e308, lambda: math.isclose(a, 1.0), lambda: sum([a, 1.0]), lambda: max(a, 1.0) == a, lambda: round(1e308, -400), lambda: 1e308 // a]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    x += a
except OverflowError as e:
    print("aug", e)
