# A __call__ or __repr__ that leads back to itself without a Python frame raises RecursionError (it overflowed the native stack).
class A:
    pass
A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError:", e)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
class Wrapper:
    pass
Wrapper.__call__ = Adder(10)
print(Wrapper()(5))
class Foo:
    pass
Foo.__repr__ = Foo.__str__
try:
    str(Foo())
except RecursionError as e:
    print("RecursionError:", e)
