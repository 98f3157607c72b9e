from decimal import Decimal
d = Decimal(1)
for e in ["1.5 + d", "1.5 - d", "'a' * d", "[] / d", "1.5 // d", "1.5 % d", "divmod(1.5, d)", "1.5 ** d", "d ** 1.5", "pow(d, 1.5)", "d + None", "None + d", "d * 'a'"]:
    try: eval(e)
    except TypeError as x: print(e, x)
