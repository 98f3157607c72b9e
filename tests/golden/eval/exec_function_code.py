def h(a, b=2):
    print("h", b)
    return 5
try:
    exec(h.__code__)
except TypeError as e:
    print(e)
def k():
    print("k", G)
    return G * 2
G = 1
exec(k.__code__)
print(exec(k.__code__, globals()))
print(exec(k.__code__, globals(), {"G": 9}))
print(eval(k.__code__))
def kw(*, x):
    return x
try:
    exec(kw.__code__)
except TypeError as e:
    print(e)
def yy():
    yield 1
    print("gen ran")
print(exec(yy.__code__))
print(type(eval(yy.__code__)).__name__)
def outer():
    z = 1
    def inner():
        return z
    return inner
try:
    exec(outer().__code__)
except TypeError as e:
    print("TypeError:", e)
try:
    eval(outer().__code__)
except TypeError as e:
    print("TypeError:", e)
def local_exec():
    def g():
        print("g sees", G)
    exec(g.__code__)
local_exec()
class C:
    def m():
        print("method body", G)
    exec(m.__code__)
