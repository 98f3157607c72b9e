# Looking builtins up by name: a tiny command interpreter.
import builtins

names = dir(builtins)
print(names == sorted(names))
for n in ["abs", "len", "max", "print", "object", "ValueError", "Ellipsis", "__import__",
          "__name__", "__doc__", "True", "None", "NotImplemented"]:
    print(n, n in names)


def call(expr):
    fname, _, rest = expr.partition(" ")
    fn = getattr(builtins, fname, None)
    if fn is None or not callable(fn):
        return f"unknown command {fname!r}"
    args = [int(a) if a.lstrip("-").isdigit() else a for a in rest.split()]
    return fn(*args)


for line in ["abs -4", "max 3 9 2", "min 3 9 2", "len hello", "nope 1", "chr 65", "__debug__"]:
    print(line, "->", call(line))

print(getattr(builtins, "sum")([1, 2, 3]))
print(hasattr(builtins, "print"), hasattr(builtins, "printf"))
try:
    builtins.printf
except AttributeError as e:
    print("AttributeError:", e)
try:
    del builtins.no_such_name
except AttributeError as e:
    print("AttributeError:", e)
print(builtins.True_ if hasattr(builtins, "True_") else "no True_")
print(vars(builtins) is builtins.__dict__)
