# Changing a function's defaults and metadata after it is made, as decorators and
# configuration code do.
def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"

print(connect.__defaults__, connect.__kwdefaults__)
print(connect("a"))
connect.__defaults__ = (8080,)
print(connect("b"))
connect.__kwdefaults__ = {"timeout": 1, "retries": 0}
print(connect("c"), connect("c", 1, retries=9))
# Defaults for more parameters than before: `host` gets one too.
connect.__defaults__ = ("localhost", 443)
print(connect())
# More defaults than parameters: the last ones are used.
connect.__defaults__ = ("x", "y", "z")
print(connect())
connect.__defaults__ = None
print(connect.__defaults__)
try:
    connect()
except TypeError as e:
    print("TypeError:", e)
del connect.__kwdefaults__
print(connect.__kwdefaults__)
try:
    connect("h", 1)
except TypeError as e:
    print("TypeError:", e)
connect.__kwdefaults__ = {"timeout": 5}
try:
    connect("h", 1)
except TypeError as e:
    print("TypeError:", e)
print(connect("h", 1, retries=2))

# A decorator that copies metadata by hand.
def traced(fn):
    def wrapper(*args, **kwargs):
        return ("traced", fn(*args, **kwargs))
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = "traced." + fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__annotations__ = dict(fn.__annotations__)
    wrapper.__dict__.update(fn.__dict__)
    return wrapper

def area(w: float, h: float = 1.0) -> float:
    """The area of a rectangle."""
    return w * h

area.unit = "m2"
t = traced(area)
print(t.__name__, t.__qualname__, t.__doc__, t.__annotations__, t.unit)
print(t(2, 3), repr(t).split(" at ")[0])

# A fresh __dict__, and __doc__/__annotations__ removed.
t.__dict__ = {"version": 2}
print(t.version, hasattr(t, "unit"))
del t.__doc__
del t.__annotations__
print(t.__doc__, t.__annotations__)

# Defaults given to a lambda and a method.
f = lambda a, b: a + b
f.__defaults__ = (10,)
print(f(1))

class Greeter:
    def greet(self, name="world"):
        return "hello " + name

Greeter.greet.__defaults__ = ("there",)
print(Greeter().greet())

import inspect
def g(a, b=2, *, c=3):
    pass
g.__defaults__ = (20,)
g.__kwdefaults__ = {"c": 30}
print(inspect.signature(g))
