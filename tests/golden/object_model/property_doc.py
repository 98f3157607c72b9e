# A property's docstring: from the getter, from doc=, and assignable afterwards.
class Temperature:
    def __init__(self):
        self._c = 20.0

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="Degrees Fahrenheit.")
    kelvin = property(lambda self: self._c + 273.15)

print(Temperature.celsius.__doc__)
print(Temperature.fahrenheit.__doc__)
print(Temperature.kelvin.__doc__)
Temperature.kelvin.__doc__ = "Kelvin, computed."
print(Temperature.kelvin.__doc__)
t = Temperature()
print(round(t.kelvin, 2), t.fahrenheit)
p = property(lambda x: x[0])
print(p.__doc__)
p.__doc__ = "first item"
print(p.__doc__, p.__get__((5,)))
# getter/setter copies keep the docstring they were made with.
q = p.getter(lambda x: x[1])
print(q.__doc__, q.__get__((5, 6)))
p.__doc__ = None
print(p.__doc__, q.__doc__)
def f(s): 'F doc'
def g(s): 'G doc'
def n(s): pass
p=property(n); p.__doc__='x'; print(p.getter(g).__doc__, p.getter(n).__doc__, p.setter(n).__doc__)
p=property(f); print(p.getter(g).__doc__, p.getter(n).__doc__, p.setter(n).__doc__)
p=property(f, doc='D'); print(p.getter(g).__doc__, p.getter(n).__doc__, p.setter(n).__doc__)
p=property(n, doc='D'); print(p.getter(g).__doc__, p.getter(n).__doc__, p.setter(n).__doc__)
p=property(); p.__doc__='x'; print(p.getter(g).__doc__, p.getter(n).__doc__, p.setter(n).__doc__)
p=property(None, None, None, 'E'); print(p.getter(g).__doc__, p.getter(n).__doc__, p.setter(n).__doc__)
# None given to getter/setter/deleter keeps the function the property had.
p1 = property(len, print, repr)
print(p1.getter(None).fget is len, p1.setter(None).fset is print, p1.deleter(None).fdel is repr)
print(p1.getter(abs).fget is abs, p1.getter(abs).fset is print)
