# A class's __new__ and __init__ are found again after the class or a base changes.
class Base:
    pass


class C(Base):
    def __init__(self, v):
        self.v = v


print(C(1).v)


def init2(self, v):
    self.v = v * 10


C.__init__ = init2
print(C(2).v)


def new(cls, v):
    print("Base.__new__", cls.__name__, v)
    return object.__new__(cls)


Base.__new__ = new
print(C(3).v)
del C.__init__
print(C(4).__dict__)


def new2(cls, *args):
    print("new2", cls.__name__, args)
    return object.__new__(cls)


Base.__new__ = new2
Base.__init__ = lambda self, a, b: setattr(self, "v", a + b)
print(C(5, 6).v)
C.__init__ = lambda self: setattr(self, "v", "C.__init__ again")
print(C().v)
