# The descriptor protocol called by hand: __get__ of functions, staticmethod, classmethod and property.
def f(self): return self
class C:
    x = 3
print(f.__get__(C())() is not None, f.__get__(None, C) is f)
sm = staticmethod(f); cm = classmethod(f)
print(sm.__get__(None, C) is f, cm.__get__(None, C)() is C, cm.__get__(C())() is C)
p = property(lambda s: 7)
print(p.__get__(C()), p.__get__(None, C) is p)
try: property().__get__(C())
except AttributeError as e: print(e)
try: property().__set__(C(), 1)
except AttributeError as e: print(e)
p2 = property(lambda s: 1, lambda s, v: print("set", v))
p2.__set__(C(), 5)


class cached:
    """A descriptor that binds the function it wraps, as a decorator library writes it."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        bound = self.fn.__get__(obj, owner)
        value = bound()
        obj.__dict__[self.fn.__name__] = value
        return value


class Report:
    @cached
    def total(self):
        print("computing")
        return 99


r = Report()
print(r.total, r.total, Report.total.fn.__name__)
try:
    del C.x
    property(lambda s: 1).__delete__(C())
except AttributeError as e:
    print(e)
