# Docstrings of the builtin types, read from the type and from instances; user classes.
for t in (type, object, dict, list, tuple, int, float, str, bool, set, frozenset, range,
          property, staticmethod, classmethod, super, bytes, complex, slice):
    doc = t.__doc__
    print(f"{t.__name__:<13}", type(doc).__name__, doc.splitlines()[0])

print({}.__doc__ == dict.__doc__, [].__doc__ is list.__doc__, (5).__doc__ == int.__doc__)
print("dict" in dict().__doc__, "a".__doc__.startswith("str("))


class Plain:
    pass


class Documented:
    """A documented class."""


class MyDict(dict):
    pass


class MyDocDict(dict):
    "Mine."


print(Plain.__doc__, Plain().__doc__, Documented.__doc__, Documented().__doc__)
print(MyDict.__doc__, MyDict().__doc__, MyDocDict.__doc__)


def getter(self):
    "the value"
    return 1


p = property(getter)
print(p.__doc__, property(lambda s: 1, doc="explicit").__doc__, property().__doc__)
