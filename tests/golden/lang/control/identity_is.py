# is / is not compare identity.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, None is not None)
x = None
print(x is None, x is not None, True is True, False is not True)
def f():
    pass
print(f() is None, f is f)
t = ()
print(type(t) is tuple, type(1) is int, type(1) is not float)
d = {}
e = d
e['k'] = 1
print(d, d is e)
