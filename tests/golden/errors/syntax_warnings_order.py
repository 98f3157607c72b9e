# SyntaxWarnings come in the order CPython compiles the code: a class's body before its bases.
def deco(f):
    return f


@deco if 1 is 1 else deco
def f(a: 2 is 2 = 3 is 3, *, b: 4 is 4 = 5 is 5) -> 6 is 6:
    return 7 is 7


@deco if 8 is 8 else deco
class C(object if 9 is 9 else object, metaclass=type if 10 is 10 else type):
    x = 11 is 11


print(f(), C.x)
