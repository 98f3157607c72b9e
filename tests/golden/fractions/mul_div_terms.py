from fractions import Fraction as F
import itertools
vals = [F(0), F(1,3), F(-2,5), F(6,4), F(-7), F(10,-4)]
for a, b in itertools.product(vals, repeat=2):
    r = [a*b]
    try: r.append(a/b)
    except ZeroDivisionError as e: r.append(str(e))
    print(a, b, r, [x.denominator > 0 for x in r if isinstance(x, F)])
