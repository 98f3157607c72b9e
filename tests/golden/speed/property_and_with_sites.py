"""Properties read and written at one attribute expression, and `with` statements whose
managers' classes change between uses: what each use finds must follow the class as it is
now, as CPython's type look-ups do."""


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


class Plain:
    def __init__(self, c):
        self.celsius = c


class Kelvin(Temperature):
    @property
    def celsius(self):
        return self._c - 273.15


def read_all(objs):
    # One site reached by instances of several classes.
    return [round(o.celsius, 2) for o in objs]


def write_all(objs, v):
    out = []
    for o in objs:
        try:
            o.celsius = v
            out.append("ok")
        except (AttributeError, ValueError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


objs = [Temperature(20), Plain(5), Kelvin(300), Temperature(-5)]
for _ in range(3):
    print(read_all(objs))
print(write_all(objs, 25))
print(read_all(objs))
print(write_all(objs, -300))

t = Temperature(10)
print(t.fahrenheit)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)

# The property replaced on the class between reads at the same site.
def show(o):
    return o.celsius

print(show(t))
Temperature.celsius = property(lambda self: self._c * 100)
print(show(t))
Temperature.celsius = 42
print(show(t))
t.__dict__["celsius"] = "own"
print(show(t))
del Temperature.celsius
print(show(t))
del t.__dict__["celsius"]
try:
    show(t)
except AttributeError as e:
    print("AttributeError:", e)


# A property whose getter raises AttributeError, with a __getattr__ to fall back on.
class Lazy:
    @property
    def value(self):
        raise AttributeError("not computed")

    def __getattr__(self, name):
        return f"fallback for {name}"


class Missing:
    def __get__(self, obj, owner):
        raise AttributeError("descriptor has nothing")


class LazyToo(Lazy):
    other = Missing()


print(Lazy().value, LazyToo().value, LazyToo().other)


class NoFallback:
    @property
    def value(self):
        raise AttributeError("not computed either")


try:
    NoFallback().value
except AttributeError as e:
    print("AttributeError:", e)


# A property, then a __getattribute__ and a __setattr__ added to the class.
class Box:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x


def get_v(b):
    return b.v


def set_v(b, x):
    b.v = x


b = Box()
set_v(b, 2)
print(get_v(b))
Box.__getattribute__ = lambda self, name: f"intercepted {name}"
print(get_v(b))
del Box.__getattribute__
print(get_v(b))
log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


Box.__setattr__ = logging_setattr
set_v(b, 3)
print(get_v(b), log)
del Box.__setattr__
set_v(b, 4)
print(get_v(b), log)


# Properties of a class made anew in a loop: each class's own property.
for n in range(3):
    class Made:
        @property
        def n(self, n=n):
            return n * 10

    print(Made().n)


# `with`: the methods are the class's, looked up as each statement starts.
class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False


m = Manager("a")
# An instance's own attribute named like a special method is not what `with` calls.
m.__enter__ = lambda: print("instance attribute called")
with m as got:
    print("body", got is m)


def exit_suppressing(self, et, ev, tb):
    print("suppressing", et.__name__ if et else None)
    return True


def run(mgr):
    with mgr:
        raise KeyError("inside")
    return "went on"


try:
    run(m)
except KeyError as e:
    print("KeyError", e)
Manager.__exit__ = exit_suppressing
print(run(m))


class Static:
    @staticmethod
    def __enter__():
        print("static enter")
        return 7

    @classmethod
    def __exit__(cls, *exc):
        print("classmethod exit", cls.__name__, exc[0])


class Exiter:
    def __call__(self, *args):
        print("callable object exit", len(args))


Static.__exit__ = Exiter()
with Static() as v:
    print("v =", v)


class Starred:
    def __enter__(self, *args, **kw):
        return (args, kw)

    def __exit__(self, *exc):
        print("exit got", exc)


with Starred() as got:
    print(got)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)

x = None
y = 0
print(x is None, y is None, y is not None, x is not x, [] is [], (a := []) is a)
nan = float("nan")
t, one, f = True, 1, False
items = [x, y, nan, t, one, f, "s", (), m]
print(nan is nan, t is one, x is f, [p is q for p in items for q in items].count(True))


# Class constants read through instances at one site: an instance's own attribute of the same
# name comes first, and each read sees the class as it is now.
class Config:
    retries = 3
    ratio = 0.5
    verbose = False
    name = None


class Strict(Config):
    retries = 0


def settings(c):
    return (c.retries, c.ratio, c.verbose, c.name)


a, b, s = Config(), Config(), Strict()
for _ in range(2):
    print(settings(a), settings(b), settings(s))
b.retries = 10
b.name = "b"
print(settings(a), settings(b), settings(s))
Config.retries = 5
print(settings(a), settings(b), settings(s))
del Strict.retries
print(settings(s))
Config.ratio = "text"
print(settings(a))
del Config.verbose
try:
    settings(a)
except AttributeError as e:
    print("AttributeError:", e)
Config.verbose = True
vars(a)["ratio"] = 1.5
print(settings(a))
Config.__getattribute__ = lambda self, name: f"<{name}>"
print(settings(a))
del Config.__getattribute__
print(settings(a))
