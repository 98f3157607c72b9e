import math

for call in (lambda: math.sqrt("4"), lambda: math.floor("x"), lambda: math.gcd(1.5, 2),
             lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.sqrt(),
             lambda: math.log(0, 10), lambda: math.floor(math.inf), lambda: math.ceil(math.nan)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
