# Instance attributes against class attributes, while the classes change under them: a data
# descriptor (property, or an object with __set__) comes before the instance's own attribute,
# a non-data one after it, and a __setattr__ added later is called from then on.
class Base:
    pass


class C(Base):
    def __init__(self):
        self.x = 1


c = C()
print(c.x, c.__dict__)

# A property added to the class later comes before the instance's own `x`.
C.x = property(lambda self: "property x")
print(c.x)
try:
    c.x = 2
except AttributeError:
    print("AttributeError: no setter")
del C.x
print(c.x)
c.x = 3
print(c.x)

# The same through a base class.
Base.x = property(lambda self: "base property x", lambda self, v: print("set base x", v))
print(c.x)
c.x = 4
print(c.__dict__)
del Base.x
print(c.x)


# An object that only has __get__ comes after the instance's own attribute, until it gets
# a __set__.
class D:
    def __get__(self, obj, owner):
        return "D.__get__"


C.y = D()
c.__dict__["y"] = "own y"
print(c.y)
D.__set__ = lambda self, obj, v: print("D.__set__", v)
print(c.y)
c.y = 5
print(c.__dict__)
del D.__set__
print(c.y)


# A __setattr__ added to the class later is called for every assignment from then on.
def setattr_logged(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


c.z = 6
C.__setattr__ = setattr_logged
c.z = 7
print(c.z)
del C.__setattr__
c.z = 8
print(c.z, sorted(c.__dict__))

# setattr() on the class works the same way.
setattr(C, "w", property(lambda self: "w property"))
c.__dict__["w"] = "own w"
print(c.w)
delattr(C, "w")
print(c.w)
