class A:
    def f(self): return 'A.f'
    @classmethod
    def make(cls): return 'A.make of ' + cls.__name__
class B(A):
    def f(self): return 'B.f'
    @classmethod
    def make(cls): return 'B>' + super().make()
    @staticmethod
    def st():
        try:
            super()
        except RuntimeError as e:
            return 'RuntimeError: ' + str(e)
s = super(B)
print(s, s.__thisclass__, s.__self__, s.__self_class__)
try: s.f
except AttributeError as e: print(e)
b=B()
bs = s.__get__(b, B)
print(bs, bs.f())
print(super(B, b).__thisclass__, super(B,b).__self__ is b, super(B,b).__self_class__)
print(super(B, B), super(B, B).make())
class C(B):
    x = super(B)
print(C().x.f(), C.x)
print(B.make(), C.make(), B.st())
def outside():
    return super()
try: outside()
except RuntimeError as e: print(e)
try: super(1)
except TypeError as e: print(e)
try: super(B, 1)
except TypeError as e: print(e)
class D:
    def __init_subclass__(cls, **kw):
        print('D init_subclass', cls.__name__, kw)
        super().__init_subclass__()
class E(D, tag=1):
    def __init_subclass__(cls, **kw):
        print('E init_subclass', cls.__name__)
        super().__init_subclass__(**kw)
class F(E, tag=2): pass
class G:
    def m(self):
        return __class__
print(G().m())
print(super(B, b).__get__(None, B))
