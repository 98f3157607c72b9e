import builtins
orig = builtins.__build_class__
print(orig, callable(orig))
made = []
def tracing(func, name, *bases, **kw):
    made.append((name, [b.__name__ for b in bases], sorted(kw)))
    return orig(func, name, *bases, **kw)
builtins.__build_class__ = tracing
class Base:
    x = 1
class Child(Base, metaclass=type):
    def hello(self):
        return f"hi from {type(self).__name__}, x={self.x}"
def outer():
    y = 10
    class Inner:
        z = y + 1
        def get(self):
            return __class__.__name__, y
    return Inner
I = outer()
builtins.__build_class__ = orig
print(made)
print(Child().hello(), I.z, I().get(), Child.__mro__)
try:
    orig(1, "X")
except TypeError as e:
    print(e)
def renaming(func, name, *bases, **kw):
    return orig(func, name.upper(), *bases, **kw)
builtins.__build_class__ = renaming
@staticmethod
def deco(): pass
class quiet:
    pass
builtins.__build_class__ = orig
print(quiet.__name__, quiet.__qualname__)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag')
        return super().__new__(m, name, bases, ns)
def bc(func, name, *bases, **kw):
    return orig(func, name, *bases, **kw)
builtins.__build_class__ = bc
class T(metaclass=Meta, tag="t1"):
    pass
builtins.__build_class__ = orig
print(T.tag, type(T).__name__)
del builtins.__build_class__
try:
    class Z: pass
except NameError as e:
    print("NameError", e)
builtins.__build_class__ = orig
class W: pass
print(W)
