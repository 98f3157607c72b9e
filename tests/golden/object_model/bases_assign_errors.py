# What CPython refuses when a class's bases are assigned.
class A:
    pass

class B:
    pass

class C(A):
    pass

class D(C):
    pass

class S:
    __slots__ = ("a",)

class X(A, B):
    pass

class Y(A):
    pass

def attempt(label, cls, bases):
    try:
        cls.__bases__ = bases
        print(label, "->", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("empty", C, ())
attempt("list", C, [A])
attempt("not a class", C, (1,))
attempt("own subclass", C, (D,))
attempt("itself", C, (C,))
attempt("builtin", int, (object,))
attempt("object", object, ())
attempt("layout list", C, (list,))
attempt("layout int", C, (int,))
attempt("slots", C, (S,))
attempt("duplicate", C, (A, B, A))
attempt("inconsistent", Y, (A, X))
attempt("fine", Y, (X, A))
attempt("back", C, (A,))
try:
    del C.__bases__
except TypeError as e:
    print("del:", e)
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])

# A subclass that cannot be ordered any more: nothing changes.
class M1:
    pass

class M2(M1):
    pass

class N(M1):
    pass

class Z(M2, N):
    pass

try:
    N.__bases__ = (M2,)
    print([k.__name__ for k in Z.__mro__])
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in N.__mro__], [k.__name__ for k in Z.__mro__])
print(N.__bases__, N.__base__)
