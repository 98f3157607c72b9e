a = {1, 2, 3}
print({1, 2} < a, a < a, a <= a, a > {1}, a >= {9}, a > a)
print(frozenset({1}) < a, a >= frozenset())
for op in ["<", "<=", ">", ">="]:
    try:
        if op == "<": a < [1]
        elif op == "<=": a <= [1]
        elif op == ">": a > (1,)
        else: a >= 3
    except TypeError as e:
        print(type(e).__name__, e)
