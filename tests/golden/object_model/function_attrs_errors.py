# What CPython refuses when a function's special attributes are set or deleted.
def f(a, b=1, *, c=2):
    return a, b, c

def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except (TypeError, AttributeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("defaults list", lambda: setattr(f, "__defaults__", [1]))
attempt("defaults int", lambda: setattr(f, "__defaults__", 5))
attempt("kwdefaults list", lambda: setattr(f, "__kwdefaults__", [("c", 1)]))
attempt("name int", lambda: setattr(f, "__name__", 3))
attempt("name None", lambda: setattr(f, "__name__", None))
attempt("qualname bytes", lambda: setattr(f, "__qualname__", b"x"))
attempt("annotations list", lambda: setattr(f, "__annotations__", []))
attempt("dict list", lambda: setattr(f, "__dict__", []))
attempt("code int", lambda: setattr(f, "__code__", 1))
attempt("closure", lambda: setattr(f, "__closure__", None))
attempt("globals", lambda: setattr(f, "__globals__", {}))
attempt("del name", lambda: delattr(f, "__name__"))
attempt("del qualname", lambda: delattr(f, "__qualname__"))
attempt("del dict", lambda: delattr(f, "__dict__"))
attempt("del code", lambda: delattr(f, "__code__"))
attempt("del missing", lambda: delattr(f, "nothing"))
attempt("del defaults", lambda: delattr(f, "__defaults__"))
attempt("del kwdefaults", lambda: delattr(f, "__kwdefaults__"))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
f.__code__ = f.__code__
print(f.__code__.co_name)
f.tag = "x"
del f.tag
print(hasattr(f, "tag"))
