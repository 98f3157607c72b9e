# object.__init_subclass__ is what super() reaches, and it takes no keywords.
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class A(Base, tag=1): pass
print(A.tag)
B = type("B", (Base,), {}, tag=2)
print(B.tag)
class P: pass
try:
    class Q(P, z=1): pass
except TypeError as e: print(e)
class R:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class S(R, z=1): pass
except TypeError as e: print(e)
print('__init_subclass__' in dir(object), object.__init_subclass__())
