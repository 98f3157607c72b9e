# and / or return an operand and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or [] or 'x', None and 1)
print([] or {}, 'a' and 'b' and 'c', 0 or None)
def v(tag, x):
    print('eval', tag)
    return x
print(v('a', 0) and v('b', 1))
print(v('a', 1) or v('b', 1))
print(v('a', 1) and v('b', 0) or v('c', 'fallback'))
print(not 0, not 'x', not not [], not None == 1)
