# Structures nested 100,000 deep, built in loops, and containers inside themselves: repr, str,
# ==, <, in, hash and print give CPython's result or RecursionError, never a native stack
# overflow.
import sys
def build(n, mk):
    x = mk(None)
    for i in range(n):
        x = mk(x)
    return x
N = 100000
for name, mk in [('dict', lambda x: {'k': x}), ('set-of-frozen', lambda x: frozenset([x]) if x is not None else frozenset())]:
    a = build(N, mk); b = build(N, mk)
    for what, f in [('repr', lambda: repr(a)), ('eq', lambda: a == b), ('ne', lambda: a != b), ('lt', lambda: a < b), ('hash', lambda: type(hash(a)).__name__), ('str', lambda: str(a)), ('in', lambda: a in [b]), ('format', lambda: format(a)), ('fstring', lambda: f'{a}'), ('same eq', lambda: a == a), ('print', lambda: print(a))]:
        try:
            r = f()
            print(name, what, 'ok', str(r)[:20])
        except Exception as e:
            print(name, what, type(e).__name__, e)
    del a, b
