# Default expressions see the enclosing scope, not earlier parameters.
base = 100
def f(a, b=base + 1):
    return a, b
base = 0
print(f(1))
def outer(n):
    def inner(x=n * 2):
        return x
    return inner
print(outer(5)(), outer(7)(), outer(7)(1))
try:
    exec_ok = True
    def bad(a, b=a):
        pass
except NameError as e:
    print(type(e).__name__, e)
