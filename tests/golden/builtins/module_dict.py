# builtins.__dict__, __builtins__ and function.__builtins__.
import builtins

d = builtins.__dict__
print(type(d).__name__, d is builtins.__dict__)
print(d["len"] is len, d["None"] if "None" in d else "no None key")
print("len" in d, "nonexistent" in d)
print(d["__name__"], builtins.__name__)
print(builtins.__doc__.splitlines()[0])
print(repr(builtins))

# in the main module, __builtins__ is the module itself
print(__builtins__ is builtins, "__builtins__" in globals())


def f():
    pass


print(type(f.__builtins__).__name__, f.__builtins__ is builtins.__dict__)

# writing into the dict adds a builtin
d["TIMEOUT"] = 30
print(TIMEOUT, builtins.TIMEOUT)
builtins.RETRIES = 5
print(d["RETRIES"])

counts = {}
for name, value in d.items():
    kind = type(value).__name__
    if kind in ("builtin_function_or_method", "type"):
        counts[kind] = counts.get(kind, 0) + 1
print(counts["builtin_function_or_method"] > 30, counts["type"] > 50)
print(isinstance(d["ValueError"], type), issubclass(d["KeyError"], d["LookupError"]))
