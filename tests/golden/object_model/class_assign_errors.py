# What CPython refuses when an object's class is assigned.
def attempt(label, obj, cls):
    try:
        obj.__class__ = cls
        print(label, "->", type(obj).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


class A:
    pass

class B:
    pass

class S:
    __slots__ = ("x",)

class S2:
    __slots__ = ("y",)

class L(list):
    pass

class D(dict):
    pass

class E(Exception):
    pass

attempt("A to B", A(), B)
attempt("A to S", A(), S)
attempt("S to S2", S(), S2)
attempt("L to D", L(), D)
attempt("L to A", L(), A)
attempt("A to L", A(), L)
attempt("A to int", A(), int)
attempt("A to object", A(), object)
attempt("A to 5", A(), 5)
attempt("A to None", A(), None)
attempt("object() to A", object(), A)
attempt("1 to bool", 1, bool)
attempt("list to L", [], L)
attempt("str to A", "s", A)
attempt("A to E", A(), E)
attempt("ValueError() to TypeError", ValueError(), TypeError)
attempt("E() to int", E(), int)

a = A()
try:
    del a.__class__
except TypeError as e:
    print("del:", e)
print(type(a).__name__)

# A failed assignment leaves the object as it was.
b = B()
b.value = 1
try:
    b.__class__ = S
except TypeError:
    pass
print(type(b).__name__, b.value)

# setattr and object.__setattr__ go the same way.
setattr(a, "__class__", B)
print(type(a).__name__)
object.__setattr__(a, "__class__", A)
print(type(a).__name__)
